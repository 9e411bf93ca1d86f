# A function's __dict__ is its live attribute dict: writes through it are attributes, attributes
# set later are in it, and it can be replaced by another dict.
def f():
    return 1


print(f.__dict__, vars(f), type(f.__dict__).__name__)
f.a = 1
d = f.__dict__
print(d, d is f.__dict__, d is vars(f))
d["b"] = 2
print(f.b, getattr(f, "b"), hasattr(f, "b"))
f.c = 3
print(d, list(vars(f)))
del f.a
print(d, hasattr(f, "a"))
del d["b"]
print(hasattr(f, "b"), d)
d[5] = "int key"
print(d, f.c)
f.__dict__ = {"x": 10, "y": 20}
print(f.x, f.y, vars(f), d, hasattr(f, "c"))
f.z = 30
print(f.__dict__)
for bad in ([1], None, 3):
    try:
        f.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del f.__dict__
except TypeError as e:
    print("TypeError", e)
print(f.__name__, "__name__" in f.__dict__, f())


# Attributes of lambdas, of methods' functions, and through bound methods.
g = lambda: 2
vars(g)["tag"] = "lam"
print(g.tag, g.__dict__)


class C:
    def m(self):
        return 3


C.m.__dict__["marker"] = True
print(C().m.marker, C.m.marker, vars(C.m))
try:
    C().m.other = 1
except AttributeError as e:
    print("AttributeError", e)


# A decorator copying the attributes, as functools.wraps does.
import functools


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)

    return wrapper


def h():
    pass


h.info = "kept"
w = deco(h)
print(w.info, sorted(k for k in w.__dict__), w.__wrapped__ is h)
h.info = "changed"
print(w.info)

# Built-in functions have no __dict__.
try:
    len.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(len)
except TypeError as e:
    print("TypeError", e)
