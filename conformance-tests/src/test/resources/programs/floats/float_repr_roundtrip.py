vals = [i / 7 for i in range(1, 6)] + [1 / 3 * 3, 2 ** 0.5, 1e23, 9.999999999999999e22]
for v in vals:
    print(repr(v), float(repr(v)) == v)
print([0.1 * i for i in range(8)])
