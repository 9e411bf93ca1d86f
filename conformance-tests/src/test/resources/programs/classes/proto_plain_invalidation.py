# Attribute loads and stores on instances stay exact when a class stops (or starts) being plain
# after the accesses warmed up: a property or other data descriptor added to the class or a base,
# a descriptor's class gaining __set__ later, __setattr__ and __getattribute__ added to a base,
# and __class__ assignment (to a class with other methods, a data descriptor, back again).


def work(o, n=2000):
    s = 0
    for i in range(n):
        o.x = i
        s += o.x
    return s


class A:
    def __init__(self):
        self.x = 1

    def who(self):
        return "A"


class B(A):
    pass


a, b = A(), B()
print(work(a), work(b), a.x, b.x)

# A property on the base shadows the instance fields of both classes.
A.x = property(lambda self: "prop", lambda self, v: print("set", v))
print(a.x, b.x)
a.x = 5
print(a.x, vars(a))
del A.x
print(a.x, b.x, work(b, 10))

# A non-data descriptor: the instance dict wins; once its class has __set__, the descriptor does.
class Desc:
    def __get__(self, obj, typ=None):
        return "desc"

B.x = Desc()
print(b.x, a.x, work(b, 10), b.x)
Desc.__set__ = lambda self, obj, v: print("Desc.__set__", v)
print(b.x, a.x)
b.x = 99
print(b.x, vars(b))
del Desc.__set__
print(b.x, work(b, 5))
del B.x

# A descriptor object whose class is assigned: the holder's instances follow.
class NonData:
    def __get__(self, obj, typ=None):
        return "non-data"

class Data:
    def __get__(self, obj, typ=None):
        return "data"

    def __set__(self, obj, v):
        print("Data.__set__", v)

d = NonData()
class Holder:
    y = d

h = Holder()
h.y = "own"
print([h.y for _ in range(3)][-1])
d.__class__ = Data
print(h.y)
h.y = "again"
d.__class__ = NonData
print(h.y)

# __setattr__ added to a base later, then removed.
print(work(a, 10))
A.__setattr__ = lambda self, name, v: object.__setattr__(self, name, ("wrapped", v))
a.x = 3
b.x = 4
print(a.x, b.x)
del A.__setattr__
a.x = 3
print(a.x, work(a, 10))

# __getattribute__ added to a base later.
A.__getattribute__ = lambda self, name: ("ga", name)
print(a.x, b.x, b.who)
del A.__getattribute__
print(a.x, b.x, b.who())

# __class__ assignment: the instance's methods and fields follow its new class.
class C(A):
    def who(self):
        return "C"

class P(A):
    x = property(lambda self: "P.x")

o = A()
print([o.who() for _ in range(2000)][-1], work(o, 10))
o.__class__ = C
print(o.who(), o.x, type(o).__name__)
o.__class__ = P
print(o.who(), o.x)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
o.__class__ = A
print(o.who(), o.x, work(o, 10))
o.__class__ = C
print([o.who() for _ in range(5)], isinstance(o, C))

# Two instances of one class, one with its __dict__ taken.
e, f = C(), C()
e.__dict__["who"] = lambda: "from dict"
print(e.who(), f.who(), work(e, 10), work(f, 10), e.x, f.x)
