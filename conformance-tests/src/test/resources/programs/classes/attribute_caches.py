# Cached attribute loads, method calls and construction must see every change CPython sees.


class Base:
    LIMIT = 3
    label = "base"

    def __init__(self, n):
        self.n = n

    def step(self):
        return self.n + 1

    def twice(self, k):
        return self.step() * k

    def describe(self):
        return "Base"


class Child(Base):
    def describe(self):
        return "Child"


def run_calls(objs):
    return [(o.step(), o.twice(2), o.describe(), o.LIMIT, o.label) for o in objs]


b = Base(1)
c = Child(10)
for _ in range(3):
    print(run_calls([b, c]))

# A method replaced on the class after the call sites were warmed up.
def step_v2(self):
    return self.n * 100

Base.step = step_v2
print(run_calls([b, c]))

# Replaced on the subclass only.
Child.step = lambda self: -self.n
print(run_calls([b, c]))
del Child.step
print(run_calls([b, c]))

# The instance dict shadows a method, then stops shadowing it.
b.describe = lambda: "instance"
print(run_calls([b, c]))
del b.describe
print(run_calls([b, c]))
c.step = None
try:
    c.step()
except TypeError as e:
    print("TypeError:", e)
del c.step

# A class constant changed, shadowed by the instance, and deleted.
Base.LIMIT = 4
print(run_calls([b, c]))
c.LIMIT = "own"
print(run_calls([b, c]))
del c.LIMIT
Child.LIMIT = 99
print(run_calls([b, c]))
del Base.LIMIT
del Child.LIMIT
try:
    print(b.LIMIT)
except AttributeError as e:
    print("AttributeError:", e)
Base.LIMIT = None
print(b.LIMIT, c.LIMIT)


# Assigning __class__ switches every cached lookup to the new class.
class Other:
    LIMIT = "other"
    label = "other"

    def step(self):
        return "other step"

    def twice(self, k):
        return ("other", k)

    def describe(self):
        return "Other"


print(run_calls([b]))
b.__class__ = Other
print(run_calls([b]), type(b).__name__, isinstance(b, Base))
b.__class__ = Base
print(run_calls([b]), type(b).__name__)
for bad in (1, int, object):
    try:
        b.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)


class Err(Exception):
    pass


try:
    b.__class__ = Err
except TypeError as e:
    print("TypeError:", e)
try:
    del b.__class__
except TypeError as e:
    print("TypeError:", e)


# A property added later wins over the instance dict, for loads and stores.
class P:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v


p = P()
for _ in range(3):
    print(p.v, p.get())
P.v = property(lambda self: "prop", lambda self, x: print("setter", x))
print(p.v, p.get())
p.v = 5
print(p.v, p.__dict__)
del P.v
print(p.v, p.get())

# A property replacing a method.
P.get = property(lambda self: (lambda: "from property"))
print(p.get())
del P.get
try:
    p.get()
except AttributeError as e:
    print("AttributeError:", e)


# __getattr__ added later only runs for missing attributes.
class G:
    def __init__(self):
        self.here = 1


g = G()
try:
    g.missing
except AttributeError as e:
    print("AttributeError:", e)
G.__getattr__ = lambda self, name: "computed " + name
print(g.here, g.missing)

# __setattr__ added on a base class after instances of a subclass exist.
class S:
    pass


class T(S):
    pass


t = T()
t.a = 1
S.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
t.a = 5
print(t.a)

# super() and bound methods.
class Up(Base):
    def step(self):
        return ("up", super().step())


u = Up(7)
print(u.step(), u.twice(1))
m1 = u.describe
m2 = u.describe
print(m1 == m2, m1 is m2, m1(), m1.__self__ is u)


# Construction fast path: __init__ replaced, wrong argument count, __init__ returning a value.
class K:
    def __init__(self, a, b=2):
        self.s = a + b


for _ in range(3):
    print(K(1).s, K(1, 5).s)
try:
    K()
except TypeError as e:
    print("TypeError:", e)
K.__init__ = lambda self, a: setattr(self, "s", -a)
print(K(4).s)


def bad_init(self, a):
    return 1


K.__init__ = bad_init
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
K.__new__ = lambda cls, a: "not a K"
print(K(1))


class NoInit:
    pass


print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)

# Error messages.
try:
    b.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    b.nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.step()
except AttributeError as e:
    print("AttributeError:", e)
print("abc".upper(), [3, 1, 2].index(1))

# One call site seeing more classes than its cache holds.
class C0(Base):
    def describe(self):
        return "C0"


class C1(C0):
    def describe(self):
        return "C1"


class C2(C1):
    pass


class C3(Base):
    def describe(self, extra="default"):
        return "C3 " + extra


class C4(Base):
    describe = staticmethod(lambda: "C4 static")


class C5(Base):
    describe = classmethod(lambda cls: "C5 " + cls.__name__)


objs = [C0(0), C1(1), C2(2), C3(3), C4(4), C5(5), Base(6), Child(7)]
for _ in range(3):
    print([o.describe() for o in objs])
C0.describe = lambda self: "C0 patched"
print([o.describe() for o in objs])


# super() calls: plain methods called directly, everything else bound as usual.
class SBase:
    def __init__(self, a, b=2):
        self.total = a + b

    def m(self, k):
        return ("SBase.m", k)

    @staticmethod
    def st(k):
        return ("static", k)

    @classmethod
    def cm(cls, k):
        return ("class", cls.__name__, k)

    @property
    def pr(self):
        return "property"


class SMid(SBase):
    pass


class SChild(SMid):
    def __init__(self, a):
        super().__init__(a)
        super().__init__(a, b=10)

    def m(self, k):
        return ("SChild.m", super().m(k))

    def others(self):
        return super().st(1), super().cm(2), super().pr, super(SMid, self).m(3)


sc = SChild(1)
for _ in range(3):
    print(sc.total, sc.m(5), sc.others())
SBase.m = lambda self, k: ("patched", k)
SMid.m = lambda self, k: ("mid", k)
print(sc.m(6), sc.others())
try:
    super(SChild, sc).missing()
except AttributeError as e:
    print("AttributeError:", e)
