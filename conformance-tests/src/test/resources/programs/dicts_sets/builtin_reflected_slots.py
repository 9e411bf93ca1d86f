# The reflected operator slots of set, frozenset, dict and bytes, list's in-place repeat and
# range's truth, called directly: each computes what the operator would, or NotImplemented.
def show(f, *args):
    try:
        r = f(*args)
        print(type(r).__name__, sorted(r) if isinstance(r, (set, frozenset)) else r)
    except Exception as e:
        print(type(e).__name__ + ':', e)


a, b = {1, 2, 3}, frozenset({3, 4})
for name in ['__rand__', '__ror__', '__rsub__', '__rxor__']:
    show(getattr(set, name), a, b)
    show(getattr(frozenset, name), b, a)
    show(getattr(set, name), a, [1])
    show(getattr(a, name), {9})
show(set.__rsub__, b, a)
show(set.__rsub__)
show(frozenset.__rand__, a, b)


class S(set):
    pass


show(set.__rsub__, S({1, 2}), S({2, 3}))
show(set.__ror__, {1}, S({2}))

show(dict.__ror__, {1: 'a', 2: 'b'}, {1: 'x', 3: 'y'})
show(dict.__ror__, {1: 2}, [(1, 2)])
show({1: 2}.__ror__, {3: 4})
show(dict.__ror__, [], {})

show(bytes.__mod__, b'%d-%s', (5, b'x'))
show(bytes.__mod__, b'%x', 255)
show(bytes.__rmod__, b'x', b'[%s]')
show(bytes.__rmod__, (1,), b'%d')
show(bytes.__rmod__, b'x', 5)
show(bytes.__mod__, 'str', 1)
show(b'%r'.__mod__, 'a')

x = [1, 2]
show(list.__imul__, x, 3)
print(x)
show(list.__imul__, x, 1)
show(list.__imul__, x, True)
show(list.__imul__, x, 0)
print(x)
y = [1]
show(y.__imul__, -5)
print(y)
show(list.__imul__, [1], 'a')
show(list.__imul__, [1], 2.0)
show(list.__imul__, [1], 2 ** 70)
show(list.__imul__, [], 2 ** 62)
show(list.__imul__, [1])
show(list.__imul__, (1,), 2)


class Idx:
    def __index__(self):
        return 2


show(list.__imul__, [7], Idx())
z = [3]
print(list.__imul__(z, 2) is z)

for r in [range(0), range(3), range(5, 5), range(10, 0, -3), range(-2 ** 80, 2 ** 80)]:
    print(range.__bool__(r), r.__bool__(), bool(r))
show(range.__bool__, [])
show(range.__bool__, range(1), 2)
