# copy and deepcopy of objects whose class inherits a built-in type's own __reduce__ or
# __getnewargs__ (set subclasses with attributes, complex subclasses), and of
# instances whose class keeps __slotnames__ afterwards, as copyreg leaves it.
import copy


class TS(set):
    pass


class C(complex):
    def __new__(cls, re=0, im=0):
        print('C.__new__', re, im)
        return super().__new__(cls, re, im)


class Slots:
    __slots__ = ('a', 'b')


t = TS({1, 2})
t.note = ['n']
c1 = copy.copy(t)
c2 = copy.deepcopy(t)
print(type(c1).__name__, sorted(c1), c1.note, c1.note is t.note, c2.note is t.note)
z = C(1, 2)
print(copy.copy(z), type(copy.deepcopy(z)).__name__)
s = Slots()
s.a = 1
print('__slotnames__' in vars(Slots))
s2 = copy.copy(s)
print(s2.a, hasattr(s2, 'b'), vars(Slots).get('__slotnames__'))
print(copy.copy(range(3)), copy.copy(slice(1, 2)), copy.deepcopy({1, 2}))
