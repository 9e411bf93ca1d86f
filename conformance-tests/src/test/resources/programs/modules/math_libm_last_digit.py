# math functions and float ** agree with CPython (glibc) to the last digit: correctly rounded
# exp, log, sin, cos, acos, pow; glibc's own log10 and cbrt algorithms (cbrt(27) is not 3.0).
import math
import random

random.seed(11)
xs = [random.uniform(-10, 10) for _ in range(60)] + [random.uniform(-1, 1) for _ in range(60)]
checks = {
    "exp": math.exp, "sin": math.sin, "cos": math.cos, "asin": math.asin,
    "acos": math.acos, "log": math.log, "log2": math.log2, "log10": math.log10, "cbrt": math.cbrt,
    "exp2": math.exp2,
}
for name, f in checks.items():
    values = []
    for x in xs:
        try:
            values.append(repr(f(x)))
        except ValueError:
            values.append("-")
    print(name, " ".join(values))
print([math.cbrt(27), math.cbrt(-8.0), math.cbrt(1e-310), math.log10(1000), math.log10(2.5e-300), math.log2(2**-1000 * 3)])
print([abs(x) ** (y / 7) for x, y in zip(xs, reversed(xs))])
print([math.pow(abs(x) + 1, y * 3) for x, y in zip(xs[:40], xs[40:80])])
print([10 ** -5, 2.0 ** 0.5, 7.1693691809735896 ** (139.19271696448197 / 10)])
