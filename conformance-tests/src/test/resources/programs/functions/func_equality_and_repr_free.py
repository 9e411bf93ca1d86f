def f():
    pass
g = f
print(f == g, f is g, callable(f), callable(1), callable(len), callable(type))
print(type(f).__name__, type(len).__name__, type(lambda: 0).__name__)
