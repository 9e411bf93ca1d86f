# Float edge cases through the inline number fast paths: locals, attributes, list items,
# augmented assignment, sum() over generator expressions, x ** 0.5 and x ** 2, guarded int
# parameters called with floats; -0.0, NaN, inf, integral results (boxed), int/float mixing,
# big ints (OverflowError) and float division by zero.
import math


class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def show(*vals):
    print(" ".join(repr(v) + ":" + type(v).__name__ for v in vals))


def arith(a, b):
    s = a + b
    d = a - b
    m = a * b
    show(s, d, m)
    try:
        show(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        show(a // b, a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    show(-a, a ** 2, abs(a) ** 0.5)
    show(a < b, a == b, a <= b)


vals = [0.5, -0.0, 0.0, 1.0, -1.0, 2, -3, 0, float("inf"), float("nan"), 1e308, 2**53 + 1, -2**60, 10**400, True, 0.1, 0.2, 1e-320]
for a in vals:
    for b in vals:
        try:
            arith(a, b)
        except OverflowError as e:
            print("OverflowError", e)


def accum(n):
    t = 0.0
    u = 0
    for i in range(n):
        t += 0.25
        u += 0.5
    show(t, u)
    z = -0.0
    z += 0.0
    show(z)
    z = -0.0
    z -= 0.0
    show(z)
    z = -0.0 * 1
    show(z, 0.0 * -1, -0.0 + -0.0, 0.5 - 0.5, -0.5 + 0.5, 1.5 * 2, 7.5 / 2.5, 2.0 ** 0.5, 4.0 ** 0.5)
    show(sum(0.5 for _ in range(4)), sum(x * 0.1 for x in range(10)), sum([0.5, 0.5]), sum(x for x in [1, 2.5, -0.0]))


accum(4)
accum(0)

p = P(0.0, 0.5)
for k in range(4):
    p.x += p.v
    p.v *= -2
    show(p.x, p.v)
p.x -= p.x
show(p.x)
p.x = -0.0
p.x *= 1
show(p.x)
lst = [1.0] * 3
for k in range(3):
    lst[k] += 0.5 * k
    lst[k] *= 2
show(*lst)


def sq(n):
    return 1.0 / ((n + 1) * (n + 2) // 2)


show(*[sq(n) for n in range(-4, 4) if n not in (-1, -2)])
try:
    sq(-1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
show(sq(1.5), sq(True))
try:
    show(10**400 * 1.5)
except OverflowError as e:
    print("OverflowError", e)
try:
    show(1.5 + 10**400)
except OverflowError as e:
    print("OverflowError", e)
show(2**53 + 1 + 0.0, float(2**53 + 1), (2**53 + 1) * 1.0, 1e16 + 1, math.sqrt(2.0), math.sqrt(4))
x = 1e308
show(x * 10, -x * 10, x * 10 - x * 10)
try:
    show(x ** 2)
except OverflowError as e:
    print("OverflowError", e)
show(abs(-8.0) ** 0.5, 0.0 ** 0.5, (-0.0) ** 0.5, 2.25 ** 0.5, 1e-320 ** 0.5)
