import functools
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    """Greets."""
    return "hi " + name
print(hello("bob"), hello.__name__, hello.__doc__)
def trace(fn):
    def w(*a):
        print("call", fn.__name__, a)
        return fn(*a)
    return w
@trace
@repeat(2)
def sq(x):
    return x * x
print(sq(4))
