# The super object's own attributes: __class__ is super itself (CPython skips the MRO for it),
# an unbound super finds only its own members, and its repr names the classes.
class Y:
    def m(self):
        return "Y.m"


class Z(Y):
    pass


s = super(Z, Z())
print(s.__class__, s.__thisclass__, type(s.__self__).__name__, s.__self_class__, s.m())
print(super(Z, Z).__self_class__, super(Z, Z).__self__)
u = super(Z)
print(u.__thisclass__, u.__self__, u.__self_class__, u.__class__)
for name in ["m", "nope"]:
    try:
        getattr(u if name == "m" else s, name)
    except AttributeError as e:
        print(e)
print(repr(u), repr(s).split(" at ")[0], repr(super(Z, Z)))
print(super.__mro__, super.__bases__, isinstance(s, super), isinstance(s, object))
print(type(s).__name__, s.__repr__()[:16])


# Methods reached through super() in __getattribute__/__setattr__ overrides and a dict subclass.
class A:
    def __getattribute__(self, n):
        print("get", n)
        return super().__getattribute__(n)

    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)


a = A()
a.x = 1
print(a.x, hasattr(a, "y"))


class B(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2

    def keys(self):
        return list(super().keys())


b = B(a=2)
print(b["a"], b.keys(), super(B, b).__getattribute__("keys")())
for bad in [lambda: super(B, b).__getattribute__(1), lambda: object.__getattribute__(b, 2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print("__getattribute__" in dir(super))
