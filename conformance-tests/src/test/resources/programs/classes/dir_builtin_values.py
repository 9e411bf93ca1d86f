# dir() of built-in types and their values: CPython's own names for each type, including the
# ones inherited from object; the public ones are the methods a program can call.
def public(x):
    return [n for n in dir(x) if not n.startswith("_")]


for value in (1, True, 1.5, 1j, "s", b"b", [], (), {}, {1}, frozenset(), range(3), slice(1), None, ..., NotImplemented):
    print(type(value).__name__, len(dir(value)), public(value))
print(dir(object))
print(dir(type) == sorted(dir(type)), len(dir(type)))
print(dir(int) == dir(5), dir(str) == dir("x"))
for exc in (BaseException, Exception, KeyError, OSError, StopIteration, SystemExit, SyntaxError, ExceptionGroup):
    print(exc.__name__, len(dir(exc)), public(exc))


def f(a, b=1):
    return a


print(dir(f))
print(public(property()), public(staticmethod(f)), public(classmethod(f)))


def g():
    yield 1


print(len(dir(g())), public(g()))
