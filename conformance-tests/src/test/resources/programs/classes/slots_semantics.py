# __slots__: member descriptors on the class, no instance __dict__ unless a base or the
# slots give one, CPython's errors for bad slots, layout conflicts and __class__ assignment.

class P:
    __slots__ = ("x", "__y")
    def __init__(self, x, y):
        self.x, self.__y = x, y
    def y(self):
        return self.__y
    def m(self):
        pass
p = P(1, 2)
print(p.x, p.y(), hasattr(p, "__dict__"), P.x, type(P.x).__name__, P.__slots__)
print([k for k in P.__dict__ if not k.startswith("__")])
for f in [lambda: setattr(p, "z", 3), lambda: setattr(p, "m", 1), lambda: p.__dict__, lambda: vars(p)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = None
print(p.x)
for i in range(3):
    p.x = i
print(p.x)
try:
    P.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x)

class Q:
    __slots__ = "abc"
q = Q()
q.abc = 1
print(q.abc)

class WithDict:
    __slots__ = ["a", "__dict__"]
w = WithDict()
w.a = 1
w.b = 2
print(w.a, vars(w), w.__dict__)
w.__dict__["a"] = "dict a"
print(w.a, vars(w))

class Base:
    pass
class SlottedChild(Base):
    __slots__ = ("s",)
c = SlottedChild()
c.s = 1
c.t = 2
print(vars(c), c.s)

class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class D(A):
    pass
d = D()
d.z = 1
d.a = 2
print(vars(d), d.a)
try:
    class F(D):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)
class A2:
    __slots__ = ("a",)
a = A()
a.a = 5
a.__class__ = A2
print(type(a).__name__, a.a)
class NoA:
    __slots__ = ("b",)
try:
    a.__class__ = NoA
except TypeError as e:
    print("TypeError:", e)
class E:
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print("AttributeError:", e)
for src in [(1,), ("a b",)]:
    try:
        class Bad:
            __slots__ = src
    except TypeError as e:
        print("TypeError:", e)
try:
    class Conflict:
        x = 1
        __slots__ = ("x",)
except ValueError as e:
    print("ValueError:", e)

class Prop:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
pr = Prop()
pr.v = 9
print(pr.v, pr._v)

class LS(list):
    __slots__ = ("tag",)
ls = LS([1])
ls.tag = "t"
print(ls, ls.tag, hasattr(ls, "__dict__"))
try:
    ls.other = 1
except AttributeError as e:
    print("AttributeError:", e)
