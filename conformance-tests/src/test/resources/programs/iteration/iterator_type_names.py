# The type names of the built-in iterators (reversed dict views, ranges iterated in C longs or
# not), and len() of lengths past 2**53.
d = {1: 2}
objs = [iter([]), iter(()), iter(''), iter(range(3)), iter(range(2**70)), iter({1}), iter(frozenset()), iter(d), iter(d.keys()), iter(d.values()), iter(d.items()),
        reversed([]), reversed(()), reversed(''), reversed(range(3)), reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()),
        enumerate([]), zip(), map(abs, []), filter(None, []), iter(b''), (x for x in []), d.keys(), d.values(), d.items(), iter(lambda: 1, 1)]
for o in objs:
    print(type(o).__name__, type(o).__qualname__)
M = 2 ** 63
for r in [range(3), range(M - 1), range(M), range(-M, 0), range(-M - 1, 0), range(0, M - 1, 2), range(M - 5, M - 1), range(M - 5, M + 1), range(0, 10, M - 1), range(0, 10, -M), range(10, 0, -M), range(5, -M, -1), range(5, -M + 1, -1), range(-M, -M + 3), range(-M + 1, 5, 3), range(M - 1, 0, -2)]:
    print(r, type(iter(r)).__name__, type(reversed(r)).__name__, type(r.__iter__()).__name__, list(reversed(r))[:2] if abs(r.stop - r.start) < 10 else '')
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in (2 ** 60, 2 ** 63 - 1, 2 ** 63, -2 ** 70, -1):
    try:
        print(len(L(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(len(range(2 ** 63 - 1)), len(range(-2 ** 62, 2 ** 62, 3)))
