def f(a, b):
    return a + b
print(f.__code__.co_argcount, f.__code__.co_varnames)
