class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("Desc.__set__", self.name, value)
        setattr(obj, self.name, value * 2)
    def __delete__(self, obj):
        print("Desc.__delete__", self.name)
        delattr(obj, self.name)


def make(base):
    class C(base):
        d = Desc()

        @property
        def p(self):
            return getattr(self, "_p", "none")

        @p.setter
        def p(self, v):
            print("setter", type(self).__mro__[1].__name__, v)
            self._p = v + 1

        @p.deleter
        def p(self):
            print("deleter", type(self).__mro__[1].__name__)
            del self._p

        @property
        def ro(self):
            return "ro"
    return C


for base in (object, list, dict, set):
    C = make(base)
    c = C()
    c.p = 10
    print(c.p, c.__dict__)
    c.d = 3
    print(c.d, sorted(c.__dict__))
    del c.p
    print(c.p)
    del c.d
    print(c.d)
    try:
        c.ro = 1
    except AttributeError as e:
        print("AttributeError", e)
    try:
        del c.ro
    except AttributeError as e:
        print("AttributeError", e)
    c.plain = 5
    print(c.plain)
    del c.plain
    try:
        c.plain
    except AttributeError as e:
        print("AttributeError", e)


class Hooked(list):
    def __setattr__(self, name, value):
        print("Hooked.__setattr__", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("Hooked.__delattr__", name)
        super().__delattr__(name)


h = Hooked([1])
h.x = 1
print(h.x, h)
del h.x
print(hasattr(h, "x"))


class A:
    def __delattr__(self, n):
        print("del", n)
        super().__delattr__(n)
a = A()
a.x = 1
del a.x
print(hasattr(a, "x"))
class B:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): print("setter", v)
    def __setattr__(self, n, v):
        print("setattr", n, v)
        super().__setattr__(n, v)
b = B()
b.p = 3
object.__setattr__(b, "p", 4)


class G:
    @property
    def w(self):
        return 1

    w = w.setter(None).getter(None) if False else property(None)


try:
    G().w
except AttributeError as e:
    print("AttributeError", e)
