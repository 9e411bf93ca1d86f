# The entries CPython's type() adds to a class's __dict__ depend on its bases and __slots__:
# __dict__ and __weakref__ descriptors only where no base gives instances one already.
class P:
    pass


class S:
    __slots__ = ("b", "a")
    z = 3


class S2(S):
    __slots__ = ("c", "__dict__")


class S3:
    __slots__ = ()


class S4:
    __slots__ = ("__weakref__",)


class E(Exception):
    pass


class L(list):
    pass


class I(int):
    pass


class St(str):
    pass


class Tu(tuple):
    pass


class Se(set):
    pass


class Fl(float):
    pass


class M(type):
    pass


class W(P, metaclass=M):
    pass


class Sub(P):
    pass


for cls in (P, S, S2, S3, S4, E, L, I, St, Tu, Se, Fl, M, W, Sub):
    print(cls.__name__, [k for k in cls.__dict__ if k != "__module__"])

print(P.__dict__["__dict__"], P.__dict__["__weakref__"], type(P.__dict__["__dict__"]).__name__)
print(S2.__dict__["__dict__"], E.__dict__["__weakref__"], S.__dict__["a"])

# The getset descriptors work on instances.
o = P()
o.v = 1
print(P.__dict__["__dict__"].__get__(o), P.__dict__["__weakref__"].__get__(o))
P.__dict__["__dict__"].__set__(o, {"w": 2})
print(o.w, vars(o))
try:
    P.__dict__["__dict__"].__get__(5)
except TypeError as e:
    print("TypeError", e)
print(P.__dict__["__dict__"].__get__(None, P) is P.__dict__["__dict__"])


# Static and class methods, properties, __init_subclass__, __class_getitem__ and __new__.
class Q:
    def __init_subclass__(cls):
        pass

    def __class_getitem__(cls, item):
        return item

    def __new__(cls):
        return object.__new__(cls)

    @staticmethod
    def s():
        return 1

    @classmethod
    def c(cls):
        return 2


print([(k, type(v).__name__) for k, v in Q.__dict__.items()])
print(repr(Q.__dict__["s"])[:34], repr(Q.__dict__["c"])[:33])

# The __weakref__ attribute: the descriptor on the class, None on instances (no weak references).
print(P.__weakref__, Sub.__weakref__, P().__weakref__, Sub().__weakref__, hasattr(S(), "__weakref__"), hasattr(S4(), "__weakref__"))
print(E.__weakref__, E().__weakref__, hasattr(I(1), "__weakref__"))

# A __weakref__ slot where a base has one already.
for base in (S4, P):
    try:
        class Y(base):
            __slots__ = ("__weakref__",)
        print(base.__name__, "ok", list(Y.__dict__))
    except TypeError as e:
        print(base.__name__, "TypeError", e)


class Y(S3):
    __slots__ = ("__weakref__",)


print(list(Y.__dict__))
