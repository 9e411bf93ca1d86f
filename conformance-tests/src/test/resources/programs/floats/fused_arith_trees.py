# Arithmetic expressions of several operators over locals and attributes, computed in one inline
# fast path on numbers: ints that leave the safe range inside the expression, integral floats in
# the middle and at the end, -0.0, nan and inf, zero divisors, square roots and squares, user
# classes with operator methods, float subclasses, properties and the order of side effects.
import math


def show(label, f):
    try:
        v = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, type(v).__name__, repr(v))


def trees(a, b, c, d):
    show("a*b+c", lambda: a * b + c)
    show("a*b-c*d", lambda: a * b - c * d)
    show("a+b+c+d", lambda: a + b + c + d)
    show("(a+b)*(c-d)", lambda: (a + b) * (c - d))
    show("a*b*c*d", lambda: a * b * c * d)
    show("a/b+c", lambda: a / b + c)
    show("a/(b-c)", lambda: a / (b - c))
    show("a*b/c/d", lambda: a * b / c / d)
    show("(a*a+b*b)**0.5", lambda: (a * a + b * b) ** 0.5)
    show("(a-b)**2+c", lambda: (a - b) ** 2 + c)
    show("a*0.5+b", lambda: a * 0.5 + b)
    show("2.0*a-b", lambda: 2.0 * a - b)
    show("a*b*1e-10", lambda: a * b * 1e-10)
    show("(a*b+c)*1e-10", lambda: (a * b + c) * 1e-10)
    show("d/(a*b)", lambda: d / (a * b))
    show("a*b**2", lambda: a * b ** 2)


def in_a_function(a, b, c, d):
    # The same expressions as statements of one function (locals, not lambda parameters).
    r1 = a * b + c
    r2 = a * b - c * d
    r3 = (a + b) * (c - d)
    r4 = a / b + c
    r5 = (a * a + b * b) ** 0.5
    r6 = (a - b) ** 2 + c
    return r1, r2, r3, r4, r5, r6


cases = [
    (1, 2, 3, 4),
    (0.5, 4, 1, 2),              # 0.5 * 4 is the integral float 2.0 inside the expression
    (0.25, 0.75, 0.5, 0.5),      # integral float results
    (1.5, 2.5, 0.125, 3),
    (0, -1, 0, 0),               # int 0 * -1 is 0, not -0.0
    (0, -1, 0.0, 5),
    (-0.0, 2.5, 1.5, 1.0),
    (3 ** 20, 3 ** 15, 7, 1),    # products past 2**53
    (2 ** 26, 2 ** 26, 2 ** 52, 1),
    (2 ** 26, 2 ** 27, -1, 3),
    (94906265, 94906267, 1, 2),  # a * b just past 2**53
    (1e308, 10, 1.5, 2.5),       # float overflow to inf
    (1e200, 1e200, 1.5, 0.5),    # the square overflows: OverflowError
    (float("inf"), 2.5, float("inf"), 1.5),
    (float("nan"), 1.5, 2.5, 3.5),
    (2.5, 2.5, 2.5, 0),          # zero divisors
    (1.5, 0.0, 1.5, 1.5),
    (True, 2.5, False, 1.5),     # bools are ints, not JS numbers
    (10 ** 20, 3, 0.5, 7),       # a big int operand
    (7, 3, 2, 0.5),
]
for args in cases:
    print("--", args)
    trees(*args)
    try:
        print(in_a_function(*args))
    except Exception as e:
        print(type(e).__name__, e)


class V:
    log = []

    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"V({self.x!r})"

    def __add__(self, o):
        V.log.append(f"{self!r}+{o!r}")
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __radd__(self, o):
        V.log.append(f"{o!r}+{self!r}")
        return V((o.x if isinstance(o, V) else o) + self.x)

    def __mul__(self, o):
        V.log.append(f"{self!r}*{o!r}")
        return V(self.x * (o.x if isinstance(o, V) else o))

    __rmul__ = __mul__

    def __sub__(self, o):
        V.log.append(f"{self!r}-{o!r}")
        return V(self.x - (o.x if isinstance(o, V) else o))

    def __rsub__(self, o):
        V.log.append(f"{o!r}-{self!r}")
        return V((o.x if isinstance(o, V) else o) - self.x)

    def __truediv__(self, o):
        V.log.append(f"{self!r}/{o!r}")
        return V(self.x / (o.x if isinstance(o, V) else o))

    def __rtruediv__(self, o):
        V.log.append(f"{o!r}/{self!r}")
        return V((o.x if isinstance(o, V) else o) / self.x)

    def __float__(self):
        return float(self.x)


def user_objects(a, b, c):
    r = a * b + c
    s = a * 2.5 - b / c
    t = (a + b) * (b + c)
    return r, s, t


for args in [(V(2), 3, 4), (2, V(3), 4.5), (1.5, 2.5, V(0.5)), (V(1), V(2), V(4))]:
    V.log = []
    print(user_objects(*args), V.log)


class F(float):
    def __add__(self, o):
        return "F.__add__"

    def __radd__(self, o):
        return "F.__radd__"

    def __mul__(self, o):
        return F(float(self) * 10)


def subclass(a, b, c):
    return a * b + c, a + b * c, a * b * c


print(subclass(F(1.5), 2.0, 0.25))
print(subclass(0.5, F(2.5), 0.25))
print(subclass(0.5, 2.5, F(0.25)))


# The order of side effects: calls and attribute loads between the operators.
order = []


def val(tag, v):
    order.append(tag)
    return v


class Noisy:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        order.append("mul")
        return self.v * o


def ordering():
    x = Noisy(2.5)
    r1 = x * 2 + val("after mul", 1.5)
    r2 = val("a", 1.5) * val("b", 2.5) + val("c", 0.25)
    r3 = val("a", 1.5) * 2 + val("b", 0.5) * x.v
    return r1, r2, r3


print(ordering(), order)


def errors():
    n = None
    one = 1.5
    for f in (lambda: one * 2 + n, lambda: one + n * 2, lambda: (one - one) ** 0.5 + 1,
              lambda: 1.0 / (one - one) + 1, lambda: one / 0 * 2, lambda: (one * 1e300) ** 2 + 1,
              lambda: "s" * 2 + "t", lambda: [1] * 2 + [one * 2]):
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)


errors()


# Augmented assignments whose value is an expression of several operators.
class Body:
    def __init__(self):
        self.vx = 0.0
        self.n = 1
        self.sets = 0

    @property
    def p(self):
        return self.vx * 2

    @p.setter
    def p(self, v):
        self.sets += 1
        self.vx = v


def augmented(dx, b2m, steps):
    b = Body()
    e = 0.0
    k = 1
    for _ in range(steps):
        b.vx -= dx * b2m
        b.n += 3 * 2
        b.p += dx * b2m + 0.5
        e -= (dx * b2m) / (dx * dx + b2m * b2m) ** 0.5
        k *= 3 * k + 1
    return b.vx, b.n, b.p, b.sets, e, k


print(augmented(0.25, 2.0, 3))
print(augmented(0.5, 4, 4))
print(augmented(1, 2, 5))
print(augmented(-0.0, 0.5, 2))
try:
    print(augmented(-0.0, 0.0, 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1.5
        self.y = 2


class Dyn:
    def __getattr__(self, name):
        return 0.25


def attrs():
    s = Slotted()
    s.x += s.y * 0.5 - 1
    s.y += s.y * 2 - 1
    d = Dyn()
    d.z = 1.5
    d.z += d.w * 4 + d.w
    return s.x, s.y, d.z, d.w


print(attrs())


def mutating_class():
    class A:
        pass

    class B:
        @property
        def x(self):
            return 0.125

        @x.setter
        def x(self, v):
            print("B.x set", v)

    o = A()
    o.x = 0.5
    out = []
    for i in range(4):
        o.x += o.x * 2 + 0.25
        out.append(o.x)
        if i == 1:
            o.__class__ = B
    return out


print(mutating_class())


def nbody_like(n):
    xs = [0.0, 4.84, 8.34, 12.89]
    ms = [39.47, 0.037, 0.011, 0.0017]
    e = 0.0
    for i in range(n):
        for j in range(i + 1, n):
            dx = xs[i] - xs[j]
            d2 = dx * dx + 0.01
            mag = 0.01 / (d2 * d2 ** 0.5)
            e -= (ms[i] * ms[j]) / d2 ** 0.5 + mag
    return e, math.isclose(e, -0.3, rel_tol=10)


print(nbody_like(4))
