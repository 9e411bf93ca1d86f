for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = [] or [1] if False else ([] and [2]) or "fallback"
print(x)
print((lambda v: v if v else None)(0))
