vals = [1.0, -1.0, 100.0, 1e5, 123456789.0, 2.0 ** 52, 3 * 1.0, 6 / 2, 10 / 4 * 2]
print(vals)
print([str(v) for v in vals])
print(float(1), float(True), float(-0))
