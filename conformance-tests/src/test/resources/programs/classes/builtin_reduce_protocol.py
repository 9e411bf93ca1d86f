# __getnewargs__, __getstate__ and __reduce__ of the built-in types, object.__reduce_ex__ of a
# class with its own __reduce__, float.__getformat__, and type's __base__ and __text_signature__.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class N(int):
    pass


class F(float):
    pass


class C(complex):
    pass


show(int.__getnewargs__, 5)
show(int.__getnewargs__, True)
show(int.__getnewargs__, N(7))
show(int.__getnewargs__, 2 ** 100)
show((-3).__getnewargs__)
show(True.__getnewargs__)
show(float.__getnewargs__, 1.5)
show(float.__getnewargs__, 2.0)
show(float.__getnewargs__, F(-0.0))
show(float.__getnewargs__, 1)
show(complex.__getnewargs__, 1 + 2j)
show(complex.__getnewargs__, C(3))
show((1j).__getnewargs__)
show(int.__getnewargs__, 1, 2)
show(int.__getnewargs__)
show(int.__getnewargs__, 'x')

show(float.__getformat__, 'double')
show(float.__getformat__, 'float')
show((2.5).__getformat__, 'double')
show(F.__getformat__, 'float')
show(float.__getformat__, 'long')
show(float.__getformat__, 1)
show(float.__getformat__)


class Plain:
    pass


p = Plain()
show(p.__getstate__)
print('__slotnames__' in vars(Plain), Plain.__slotnames__)
p.x = 1
p.y = [2]
st = p.__getstate__()
print(st, st is p.__dict__)
show(object.__getstate__, 5)
show(object.__getstate__, [1, 2])
show(object.__getstate__, object())
show(object.__getstate__)
show(object.__getstate__, 1, 2)


class Slotted:
    __slots__ = ('a', '__b', 'c')

    def __init__(self):
        self.a = 1
        self.__b = 2


class MoreSlots(Slotted):
    __slots__ = ['d', '__dict__']


show(Slotted().__getstate__)
print(Slotted.__slotnames__)
m = MoreSlots()
m.d = 4
show(m.__getstate__)
m.e = 5
show(m.__getstate__)
print(MoreSlots.__slotnames__)
empty = Slotted.__new__(Slotted)
show(empty.__getstate__)


class L(list):
    pass


lst = L([1])
show(lst.__getstate__)
lst.tag = 't'
show(lst.__getstate__)


class Custom:
    def __getstate__(self):
        return 'custom state'


show(Custom().__getstate__)

show(set.__reduce__, {3})
show(frozenset.__reduce__, frozenset())
s = L()
show(range.__reduce__, range(1, 10, 3))
show(range(5).__reduce__)
show(slice.__reduce__, slice(1, None, 'x'))
show(slice(4).__reduce__)


class TS(set):
    pass


t = TS({1})
show(t.__reduce__)
t.note = 'n'
show(t.__reduce__)
show(set.__reduce__, [1])


class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


show(object.__reduce_ex__, OwnReduce(), 2)
show(OwnReduce().__reduce_ex__, 4)
show({5}.__reduce_ex__, 2)
show(range(2).__reduce_ex__, 0)
show(object.__reduce_ex__, OwnReduce(), 'x')
show(object.__reduce_ex__, OwnReduce())


class Base:
    pass


class WithSlots:
    __slots__ = ('v',)


class Mixed(Base, int):
    pass


class Mixed2(Base, WithSlots):
    pass


class Exc(ValueError, OSError):
    pass


for T in [int, bool, object, type, list, Base, Mixed, Mixed2, Exc, KeyError, OSError, FileNotFoundError]:
    print(T.__name__, T.__base__)


class Sig:
    """Sig(a, b=1)
--

A class whose docstring starts with a signature."""


class NoSig:
    """NoSig(a) without the marker"""


for T in [int, float, list, tuple, object, complex, dict, type, Sig, NoSig, Base]:
    print(T.__name__, repr(T.__text_signature__))
