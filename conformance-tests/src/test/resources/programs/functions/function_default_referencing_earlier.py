base = 10
def f(a, b=base * 2, c=[base]):
    return a + b + c[0]
base = 1000
print(f(1), f(1, 2), f(1, c=[0]))
