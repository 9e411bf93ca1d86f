def f(a, *, b):
    return a + b
print(f(1, b=2))
for call in (lambda: f(1, 2), lambda: f(1), lambda: f(b=1), lambda: f(1, b=2, c=3), lambda: f(1, a=2, b=3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
