# __bases__ assignment: instances, subclasses and warmed-up method calls and attribute loads
# follow the new bases; the errors CPython raises for invalid assignments, and an MRO that
# cannot be linearised leaves the hierarchy as it was.


class A:
    tag = "A"

    def f(self):
        return "A.f"


class B:
    tag = "B"

    def f(self):
        return "B.f"

    def g(self):
        return "B.g"


class C(A):
    pass


class D(C):
    pass


c, d = C(), D()
print([c.f() for _ in range(3000)][-1], [d.f() for _ in range(3000)][-1], c.tag, d.tag)
C.__bases__ = (B,)
print(c.f(), d.f(), c.g(), d.tag, C.__mro__, D.__mro__)
print(C.__bases__, A.__subclasses__(), B.__subclasses__())
print(isinstance(c, A), isinstance(d, B), issubclass(D, B))
C.__bases__ = (A, B)
print(c.f(), d.g(), D.__mro__)
C.__bases__ = (B, A)
print(c.f(), d.f(), [d.f() for _ in range(3)])

# Changes to the new base reach the subclass.
B.f = lambda self: "new B.f"
print(c.f(), d.f())

# A __setattr__ on the new base applies to the old instances.
class Hooked:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("hooked", value))

c.x = 1
C.__bases__ = (Hooked,)
c.x = 2
print(c.x, d.__class__.__mro__)
C.__bases__ = (A,)
c.x = 3
print(c.x)

# Invalid assignments.
class S:
    __slots__ = ("a",)

class E(Exception):
    pass

for value in [(int,), (S,), (E,), (list,), [B], (), (1,), (C,), (D,), (object,)]:
    try:
        C.__bases__ = value
        print("assigned", C.__mro__)
    except TypeError as e:
        print("TypeError:", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)

# A base that is also a base of a subclass: no consistent MRO for the subclass.
class X:
    pass

class Y(X):
    pass

class Z(X, C):
    pass

try:
    C.__bases__ = (Y,)
except TypeError as e:
    print("TypeError:", e)
print(C.__bases__, Z.__mro__, c.f())

# Classes made by type(...).
T = type("T", (A,), {})
t = T()
print(t.f(), t.tag)
T.__bases__ = (B,)
print(t.f(), t.g(), t.tag)
