# The instance dict against class attributes: data descriptors win over it, it wins over
# methods and other non-data descriptors; __getattr__ is the last resort, and __dict__ and
# __class__ are never looked up there.


class Prop:
    @property
    def x(self):
        return "property"

    def m(self):
        return "method"

    k = "class constant"


p = Prop()
p.__dict__["x"] = "instance"
p.__dict__["k"] = "instance k"
print(p.x, p.k, vars(p))
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["m"] = "shadow"
print(p.m)
del p.m
print(p.m())


class Getattr:
    def __getattr__(self, name):
        return "fallback " + name


g = Getattr()
g.a = 1
print(g.a, g.b, g.__dict__, g.__class__.__name__, vars(g))
g.__dict__["b"] = 2
print(g.b)


class Hooks:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


h = Hooks()
h.a = 1
h.__dict__["b"] = 2
print(h.a, h.b, vars(h))
del h.a
print(vars(h))


class Desc:
    def __get__(self, obj, cls):
        return "desc get"

    def __set__(self, obj, value):
        obj.__dict__["stored"] = value


class UsesDesc:
    d = Desc()


u = UsesDesc()
u.d = 5
print(u.d, vars(u))


class Base:
    def __init__(self):
        self.base = 1


class Child(Base):
    def __init__(self):
        super().__init__()
        self.child = 2


ch = Child()
print(vars(ch), ch.__dict__ is vars(ch))


class L(list):
    pass


lst = L([1, 2])
lst.tag = "t"
print(lst, lst.tag, vars(lst))
lst.__dict__["other"] = 3
print(lst.other, vars(lst) is lst.__dict__)


class D(dict):
    pass


dd = D(a=1)
dd.x = 5
print(dd, dd.x, vars(dd))

# Exceptions: the traceback, context and cause are not in the instance dict.
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__, vars(e))
    e.note = "n"
    print(vars(e))
    try:
        e.__cause__ = 5
    except TypeError as t:
        print("TypeError:", t)
    try:
        del e.__context__
    except TypeError as t:
        print("TypeError:", t)
    e.__cause__ = None
    print(e.__cause__, e.__suppress_context__)
