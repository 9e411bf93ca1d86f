# dir() of instances and classes: the instance's __dict__ merged with every class's namespace
# up to object's, sorted; __dir__ overrides, __slots__, properties, subclasses of built-ins.
class C:
    x = 1

    def m(self):
        return self


print([a for a in dir(C()) if not a.startswith("_")])
print(dir(C()))
print(dir(C) == [a for a in dir(C())])
c = C()
c.attr = 5
c.__dict__["zz"] = 0
print([a for a in dir(c) if not a.startswith("__")])


class S:
    __slots__ = ("a", "b")


print([a for a in dir(S()) if a in ("a", "b", "__slots__", "__dict__", "__weakref__")])


class P:
    @property
    def v(self):
        return 1

    def __eq__(self, other):
        return True


print([n for n in dir(P()) if not n.startswith("__")], "__hash__" in dir(P))


class D(C):
    def __dir__(self):
        return ["z", "a", "y"]


print(dir(D()), "m" in dir(D))


class M(type):
    def extra(cls):
        return 1


class K(metaclass=M):
    y = 2


print("extra" in dir(K), "mro" in dir(K), dir(K)[-2:])


class Q(dict):
    z = 1


print(len(dir(Q())), dir(Q()) == sorted(set(dir(dict)) | {"z", "__dict__", "__module__", "__weakref__"}))


class R(ValueError):
    def __init__(self):
        super().__init__("r")
        self.extra = 1


print(dir(R())[-6:])
print(dir(KeyError("k"))[-5:])
for bad in ([5], 5, ("b", 1)):
    class Bad:
        def __dir__(self, result=bad):
            return result if result != [5] else iter(result)

    try:
        print(dir(Bad()))
    except TypeError as e:
        print("TypeError:", e)
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Extended:
    x = 1

    def __dir__(self):
        return super().__dir__() + ["virtual"]


print([n for n in dir(Extended()) if not n.startswith("__")])
print(sorted(object().__dir__()) == dir(object()), sorted(type.__dir__(Extended)) == dir(Extended))
