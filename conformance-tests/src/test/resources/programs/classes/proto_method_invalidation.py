# Method calls on instances stay exact when the classes change after the calls warmed up:
# methods replaced on the class or a base, shadowed by instance attributes, turned into
# staticmethods, classmethods, properties or other callables, given other signatures,
# deleted, added with setattr, on classes made by type(...), and under __getattribute__.


def warm(objs, n=3000):
    total = 0
    for _ in range(n):
        for o in objs:
            total += o.m(1)
    return total


class Base:
    def m(self, x):
        return x + 1


class Mid(Base):
    pass


class Leaf(Mid):
    def m(self, x):
        return x + 100


class Other:
    def m(self, x):
        return x + 1000


b, mi, le, ot = Base(), Mid(), Leaf(), Other()
objs = [b, mi, le, ot]
print("warm", warm(objs))
print([o.m(1) for o in objs])

# Replaced on the base: Base and Mid see it, Leaf keeps its own.
Base.m = lambda self, x: x * 2
print("base replaced", [o.m(5) for o in objs], warm(objs, 500))

# Replaced on the middle class.
def mid_m(self, x):
    return -x
Mid.m = mid_m
print("mid replaced", [o.m(5) for o in objs], warm(objs, 500))

# Deleted on the leaf: the middle class's method shows through.
del Leaf.m
print("leaf deleted", [o.m(5) for o in objs], warm(objs, 500))

# Deleted on the middle class: the base's.
del Mid.m
print("mid deleted", [o.m(5) for o in objs])

# An instance attribute shadows the method, then is deleted.
mi.m = lambda x: ("instance", x)
print("shadowed", [o.m(5) for o in objs])
for _ in range(2000):
    r = mi.m(3)
print(r)
del mi.m
print("unshadowed", [o.m(5) for o in objs], warm(objs, 300))

# An instance attribute holding None shadows the method too.
ot.m = None
try:
    ot.m(1)
except TypeError as e:
    print("None attribute:", e)
del ot.m
print(ot.m(1))

# staticmethod, classmethod, property, a callable object, a plain value.
class Callable:
    def __call__(self, *args):
        return ("called", args)

for label, value in [
    ("staticmethod", staticmethod(lambda x: ("static", x))),
    ("classmethod", classmethod(lambda cls, x: ("class", cls.__name__, x))),
    ("property", property(lambda self: (lambda x: ("property", x)))),
    ("callable", Callable()),
]:
    Other.m = value
    print(label, ot.m(7), [ot.m(i) for i in range(2)][-1])
Other.m = 42
try:
    ot.m(1)
except TypeError as e:
    print("int attribute:", e)
del Other.m
try:
    ot.m(1)
except AttributeError as e:
    print("deleted:", e)

# Other signatures: defaults, *args, keyword-only, fewer parameters.
def with_default(self, x, y=10):
    return x + y
def star(self, *args):
    return args
def kwonly(self, x, *, k=3):
    return x * k
def no_args(self):
    return "none"
for f in (with_default, star, kwonly, no_args):
    Other.m = f
    try:
        print(f.__name__, [ot.m(2) for _ in range(3)][-1])
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

# Added with setattr, on a class made by type(...).
Dyn = type("Dyn", (Base,), {"n": lambda self: "n of Dyn"})
d = Dyn()
print(d.m(3), d.n())
setattr(Dyn, "m", lambda self, x: ("setattr", x))
print([d.m(3) for _ in range(3)][-1], b.m(3))
setattr(Base, "n", lambda self: "n of Base")
print(b.n(), d.n())
delattr(Dyn, "n")
print(d.n())

# __getattribute__ added to a base later, then removed.
class Plain(Base):
    def m(self, x):
        return ("plain", x)

p = Plain()
print([p.m(1) for _ in range(2000)][-1])
def getattribute(self, name):
    if name == "m":
        return lambda x: ("hooked", x)
    return object.__getattribute__(self, name)
Base.__getattribute__ = getattribute
print(p.m(1), b.m(1), mi.m(1))
del Base.__getattribute__
print(p.m(1), [p.m(2) for _ in range(3)][-1])

# __getattr__ does not run for a method that is found.
Base.__getattr__ = lambda self, name: ("fallback", name)
print(p.m(1), p.missing)
del Base.__getattr__

# A materialised __dict__ holding the name shadows the method.
q = Plain()
q.__dict__["m"] = lambda x: ("from __dict__", x)
print(q.m(4), [q.m(5) for _ in range(3)][-1])
del q.__dict__["m"]
print(q.m(4))
vars(q)["m"] = lambda x: ("from vars", x)
print(q.m(6))
