pairs = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in pairs:
    print(a, b, c)
for i, (x, *ys) in enumerate([[1, 2, 3], [4], [5, 6]]):
    print(i, x, ys)
d = {"k1": (1, 2), "k2": (3, 4)}
for key, (lo, hi) in d.items():
    print(key, lo + hi)
