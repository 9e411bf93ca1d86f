# Sequence repetition by something that is not an index: the operator says "can't multiply
# sequence by non-int", an explicit __mul__ asks for an index; counts past Py_ssize_t overflow;
# an exact tuple repeated once is itself; sort's reverse= is a C int, print's sep= a str.
class I:
    def __index__(self):
        return 2


class R:
    def __rmul__(self, other):
        return 'R.__rmul__'


class T(tuple):
    pass


cases = [
    lambda: [1] * 1.5, lambda: (1,) * 1.5, lambda: 1.5 * [1], lambda: 'a' * 1.5, lambda: [1] * 'a',
    lambda: [1] * I(), lambda: I() * (1, 2), lambda: [1] * R(), lambda: (1,) * R(),
    lambda: [1].__mul__(1.5), lambda: (1,).__mul__(1.5), lambda: [1].__rmul__('a'), lambda: (1,).__rmul__(2),
    lambda: [1] * 2 ** 70, lambda: [1] * -2 ** 70, lambda: 'a' * 2 ** 64, lambda: b'a' * 2 ** 63,
    lambda: (1,) * 2 ** 64, lambda: T((1, 2)) * 2, lambda: 2 * T((1,)),
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except (TypeError, OverflowError) as e:
        print(i, type(e).__name__, e)
t = (1, 2)
u = T((1,))
print(t * 1 is t, t.__mul__(1) is t, t * 0 == (), type(u * 1).__name__, (u * 1) is u)
for r in (None, 1.5, 'a', 2, True, 0, 2 ** 40, [1]):
    for which in ('sort', 'sorted'):
        x = [3, 1, 2]
        try:
            x = sorted(x, reverse=r) if which == 'sorted' else (x.sort(reverse=r), x)[1]
            print(which, repr(r), x)
        except (TypeError, OverflowError) as e:
            print(which, repr(r), type(e).__name__, e)
for kw in ({'sep': 1}, {'end': 2.5}, {'sep': []}, {'end': None}):
    try:
        print('x', 'y', **kw)
    except TypeError as e:
        print(e)
