# The comparison slots of the built-in types, called directly: object's, complex's, dict's and
# range's ordering answer NotImplemented; __ne__ is the type's own, which checks its instance.
import functools


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for name in ['__lt__', '__le__', '__gt__', '__ge__']:
    show(getattr(object, name), 1, 2)
    show(getattr(complex, name), 1j, 2j)
    show(getattr(dict, name), {}, {1: 2})
    show(getattr(range, name), range(1), range(2))
    show(getattr(slice, name), slice(1, 2), slice(1, 3))
    show(getattr(set, name), {1}, {1, 2})
show(object.__lt__)
show(object.__lt__, 1)
show(object.__lt__, 1, 2, 3)
show(complex.__lt__, 1, 2)
show(dict.__ge__, [], {})
show(range.__le__, range(1))

for T, a, b in [(list, [1], [1]), (list, [1], [2]), (tuple, (1,), (1,)), (tuple, (1,), (1, 2)), (dict, {1: 2}, {1: 2}),
                (dict, {1: 2}, {1: 3}), (set, {1}, {1}), (frozenset, frozenset({1}), {2}), (range, range(0), range(2, 2)),
                (range, range(3), range(4)), (slice, slice(1), slice(1)), (slice, slice(1), slice(2))]:
    show(T.__ne__, a, b)
    show(T.__ne__, a, 'other')
show(list.__ne__, 1, 2)
show(tuple.__ne__, [], ())
show(dict.__ne__)
show(set.__ne__, frozenset(), set())
show(frozenset.__ne__, set(), frozenset())
show(list.__ne__, [], [], [])

# Reading through an instance binds the same behaviour.
print((1j).__lt__(2j), {}.__gt__({}), range(2).__ge__(range(2)), object().__le__(3), [1].__ne__([1]))
print(slice(1, 2) < slice(1, 3), slice(1, 2) >= slice(1, 2), slice(0, 5, 2) > slice(0, 5, 1))


class Plain:
    pass


print(Plain.__lt__ is object.__lt__, Plain().__lt__(1), Plain.__ge__(Plain(), 2))
show(Plain.__lt__, Plain())


class ViaSuper:
    def __lt__(self, other):
        return super().__lt__(other)

    def __ge__(self, other):
        return object.__ge__(self, other)


print(ViaSuper().__lt__(1), ViaSuper().__ge__(1))
try:
    ViaSuper() < ViaSuper()
except TypeError as e:
    print(e)
try:
    ViaSuper() >= 1
except TypeError as e:
    print(e)


class Fallback:
    def __getattr__(self, name):
        return 'from __getattr__ ' + name


print(Fallback().__lt__(1), Fallback().__missing_name)


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(3))
print(Version.__le__ is object.__le__, Version.__gt__.__name__)
