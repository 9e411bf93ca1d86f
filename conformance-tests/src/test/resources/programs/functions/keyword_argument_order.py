def show(**kw):
    return list(kw)
print(show(z=1, a=2, m=3), show(**{"b": 1}, a=2))
def f(*, a, b):
    return a, b
print(f(b=1, a=2))
