# Built-in functions and classes called through a value with too few or too many positional
# arguments, or an unknown keyword: CPython's TypeError, raised before the builtin looks at
# any argument (never a result from ignored or missing arguments).
import math

fs = [abs, all, any, ascii, bin, callable, chr, divmod, enumerate, filter, format, getattr,
      hasattr, hash, hex, id, isinstance, issubclass, iter, len, map, max, min, next, oct, ord,
      pow, repr, reversed, round, setattr, delattr, sorted, sum, zip, int, float, str, bool, list,
      tuple, dict, set, frozenset, range, slice, type, object, bytes, complex, property,
      staticmethod, classmethod, vars, dir, print]
ms = [math.floor, math.ceil, math.sqrt, math.pow, math.log, math.atan2, math.gcd, math.hypot,
      math.isclose, math.fsum, math.comb, math.perm, math.trunc, math.copysign, math.fabs,
      math.factorial, math.ldexp, math.frexp, math.modf, math.exp, math.dist, math.prod,
      math.isqrt, math.lcm, math.fmod, math.remainder, math.nextafter, math.ulp]


def attempt(label, f, *args, **kw):
    try:
        f(*args, **kw)
        out = "ok"
    except TypeError as e:
        out = "TypeError: " + str(e)
    except Exception as e:
        out = type(e).__name__
    print(label, out)


names = [f.__name__ for f in fs] + ["math." + n for n in (
    "floor ceil sqrt pow log atan2 gcd hypot isclose fsum comb perm trunc copysign fabs factorial "
    "ldexp frexp modf exp dist prod isqrt lcm fmod remainder nextafter ulp").split()]
for name, f in zip(names, fs + ms):
    for n in (0, 2, 3, 5):
        if f is print or f is dir and n == 0 or f is vars and n == 0 or f is int and n == 2:
            continue
        attempt(f"{name} {n}", f, *[1] * n)
    attempt(f"{name} kw", f, 1, zz=2)
    attempt(f"{name} kw2", f, zz=2, yy=3)
    attempt(f"{name} kw3", f, 1, 2, zz=2, yy=3, xx=4)
