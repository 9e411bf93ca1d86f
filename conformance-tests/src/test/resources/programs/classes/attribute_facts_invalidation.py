# A method that loads and stores several attributes of `self` (or of a parameter) between calls
# must see every change a callee, an alias or a dunder makes in between: the class or a base made
# not plain (a property, a data descriptor, __getattribute__, __setattr__), __class__ assigned,
# an attribute deleted, an integral float stored through another name, __dict__ taken or
# replaced, exceptions thrown out of the change. Each case takes a fresh instance whose methods
# ran many times first, plain, so its loads and stores start from checked guards.


class Base0:
    def __init__(self):
        self.x = 1
        self.y = 2


class Methods:
    # Defined in a class body (methods keep attribute facts), installed on each fresh class.
    def around(self, hook):
        a = self.x
        self.y = a + 1
        hook(self)
        b = self.x
        self.y = b
        return a, b, self.y

    def twice(self, other, value):
        self.x = 10
        other.x = value
        return self.x, self.y


def make(**attrs):
    # Fresh classes for each case (a class changed back may stay on the slow path for a while),
    # made with their class attributes from the start.
    base = type("Base", (), {"__init__": Base0.__init__})
    return base, type("C", (base,), {"around": Methods.around, "twice": Methods.twice, **attrs})


def nothing(o):
    pass


def fresh(cls=None, **attrs):
    global Base, C
    if cls is None:
        Base, C = make(**attrs)
        cls = C
    o = cls()
    for i in range(300):
        o.around(nothing)
        o.twice(o, i)
    o.x = 1
    return o


def show(r):
    return r, [type(v).__name__ for v in r]


# A property added to the class by the callee.
def add_property(o):
    C.x = property(lambda s: "prop-x", lambda s, v: print("set x", v))

c = fresh()
print(show(c.around(add_property)))
c.x = 5
print(c.x)
del C.x
print(c.around(nothing), c.x)

# A property added to a base; a setter that stores elsewhere.
def base_property(o):
    Base.y = property(lambda s: ("prop-y", s.__dict__.get("y")), lambda s, v: s.__dict__.__setitem__("y", v * 100))

print(fresh().around(base_property))
del Base.y

# A data descriptor (a class with __get__ and __set__) added to the class.
class Data:
    def __get__(self, obj, typ=None):
        return "Data.get"

    def __set__(self, obj, value):
        print("Data.set", value)

def add_data(o):
    C.y = Data()

print(fresh().around(add_data))
del C.y

# A non-data descriptor in the class whose class gains __set__ during the call.
class NonData:
    def __get__(self, obj, typ=None):
        return "NonData.get"

def gain_set(o):
    NonData.__set__ = lambda s, obj, v: print("NonData.set", v)

print(fresh(x=NonData()).around(gain_set))
del NonData.__set__

# __getattribute__ and __setattr__ added to the base, and removed.
def add_getattribute(o):
    Base.__getattribute__ = lambda s, n: ("ga", n) if n in ("x", "y") else object.__getattribute__(s, n)

print(fresh().around(add_getattribute))
del Base.__getattribute__

def add_setattr(o):
    def setattr_(s, n, v):
        print("setattr", n, v)
        object.__setattr__(s, n, v * 2 if isinstance(v, int) else v)
    Base.__setattr__ = setattr_

c = fresh()
print(c.around(add_setattr), c.y)
del Base.__setattr__

# __class__ assigned by the callee to a class where x is a property, and back.
def to_d(o):
    o.__class__ = D

c = fresh()

class D(Base):
    x = property(lambda s: "D.x")

    def around(self, hook):
        return "D.around"

print(c.around(to_d), type(c).__name__, c.x)
c.__class__ = C
print(c.around(nothing), type(c).__name__)

# __class__ assigned by the method itself between accesses.
Base, C = make()

class D(Base):
    x = property(lambda s: "D.x")

class E(C):
    def flip(self):
        a = self.x
        self.__class__ = D
        b = self.x
        self.__class__ = E
        return a, b, self.x

e = fresh(E)
print(e.flip(), e.around(nothing))
e = fresh(E)
print(e.flip())

# An attribute deleted by the callee: then the class attribute, then AttributeError.
def delete_x(o):
    del o.x

print(fresh(x="class-x").around(delete_x))
try:
    fresh().around(delete_x)
except AttributeError as exc:
    print("AttributeError", exc)

# An integral float (and -0.0, a float subclass, nan, a big int) stored by a callee or through
# another name in the same method.
class F(float):
    def __repr__(self):
        return "F(" + float.__repr__(self) + ")"

def store_float(o):
    o.x = 2.0

print(show(fresh().around(store_float)))
for value in (7.0, -0.0, F(3.0), float("nan"), 2**70, 1e300, -5.0):
    c = fresh()
    print(show(c.twice(c, value)), repr(c.x))
c = fresh()
alias = c
print(show(c.twice(alias, 4.0)), show(c.twice(alias, 5)), show(c.twice(alias, 6.0)))

# vars() / __dict__ taken and written, or replaced, by the callee.
def take_dict(o):
    d = vars(o)
    d["x"] = 6.0
    d["y"] = "from-dict"

c = fresh()
print(show(c.around(take_dict)), vars(c))
print(c.around(nothing), c.twice(c, 8.0), vars(c))

def replace_dict(o):
    o.__dict__ = {"x": 9.0, "y": -0.0}

c = fresh()
print(show(c.around(replace_dict)), vars(c))

def dict_only(o):
    o.__dict__

c = fresh()
print(show(c.around(dict_only)), vars(c))

# The change made, then an exception thrown past the method and caught by its caller.
def change_then_raise(o):
    C.x = property(lambda s: "raised-prop")
    raise KeyError("k")

c = fresh()
try:
    c.around(change_then_raise)
except KeyError as exc:
    print("KeyError", exc, c.x)
del C.x
print(c.around(nothing))

# The change made in a callee whose exception the method itself catches.
class G(Base0):
    def guarded(self, hook):
        a = self.x
        try:
            hook(self)
        except ValueError:
            pass
        return a, self.x, self.y

def g_hook(o):
    G.x = property(lambda s: "G-prop")
    raise ValueError

g = G()
for i in range(300):
    g.guarded(nothing)
print(g.guarded(g_hook))
