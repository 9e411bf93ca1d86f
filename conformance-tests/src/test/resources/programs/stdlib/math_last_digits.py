# math functions whose last digits used to differ from CPython's (glibc's): hypot and dist
# (CPython's vector_norm), erf and erfc (glibc's s_erf.c), gamma (mathmodule.c's Lanczos code
# over a correctly rounded pow), atan2, the hyperbolic functions, expm1 and log1p (glibc's
# fdlibm-derived code), math.pow's IEEE special cases, and complex abs and ** (glibc's hypot).
import math
import random

random.seed(2024)
small = [random.uniform(-6, 6) for _ in range(40)]
wide = [random.choice((-1, 1)) * 10 ** random.uniform(-30, 30) for _ in range(30)]


def show(name, f, xs):
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))


for name in ("erf", "erfc", "sinh", "cosh", "tanh", "asinh", "expm1", "gamma", "lgamma"):
    show(name, getattr(math, name), small)
    show(name + "-wide", getattr(math, name), wide)
show("acosh", math.acosh, [abs(x) + 1 for x in small + wide])
show("atanh", math.atanh, [x / 6.5 for x in small])
show("log1p", math.log1p, [abs(x) - 0.9 for x in small] + [abs(x) for x in wide])
pairs = list(zip(small, reversed(small))) + list(zip(wide, small))
print("atan2", [math.atan2(y, x) for y, x in pairs])
print("hypot", [math.hypot(y, x) for y, x in pairs])
print("hypot3", [math.hypot(a, b, c) for a, b, c in zip(small, wide, reversed(small))])
print("dist", [math.dist((a, b), (c, d)) for a, b, c, d in zip(small, wide, reversed(small), reversed(wide))])
print("complex", [abs(complex(y, x)) for y, x in pairs[:20]], [(-abs(x)) ** (y / 7) for y, x in pairs[:12]])

# Edges: tiny, huge and subnormal arguments, signed zeros, infinities, nans and poles.
edges = [0.0, -0.0, 5e-324, -5e-324, 1e-310, 1e-20, -1e-20, 1e-8, 0.5, 1.0, 2.0, -1.5, 27.9,
         -6.5, 171.5, 180.0, -180.5, 709.5, 710.5, -745.5, 1e300, math.inf, -math.inf, math.nan]
for name in ("erf", "erfc", "gamma", "lgamma", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "expm1", "log1p", "exp", "ulp"):
    show(name + "-edges", getattr(math, name), edges)
print([math.nextafter(x, y) for x, y in [(0.0, -1.0), (1.0, 2.0), (-0.0, 0.0), (math.inf, 0.0), (5e-324, -1.0)]])
print([math.copysign(1.0, math.remainder(x, y)) for x, y in [(-0.0, 1.0), (-4.0, 2.0), (4.0, 2.0), (-3.0, 1.5)]])
for x, y in [(0.0, -math.inf), (-0.0, -math.inf), (0.5, -math.inf), (2.0, math.inf), (-math.inf, 3.0),
             (-math.inf, -3.0), (math.nan, 0.0), (1.0, math.nan), (0.0, -1.0), (1e300, 2.0), (-8.0, 1 / 3)]:
    try:
        print("pow", x, y, math.pow(x, y))
    except (ValueError, OverflowError) as e:
        print("pow", x, y, type(e).__name__, e)
print([math.hypot(1e308, 1e308), math.hypot(1e-320, 3e-320), math.hypot(), math.hypot(-3.0), math.hypot(math.inf, math.nan)])
