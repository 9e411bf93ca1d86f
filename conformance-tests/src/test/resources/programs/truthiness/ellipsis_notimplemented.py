print(..., Ellipsis, ... is Ellipsis, bool(...))
print(NotImplemented, type(NotImplemented).__name__, type(...).__name__)
def f():
    ...
print(f())
