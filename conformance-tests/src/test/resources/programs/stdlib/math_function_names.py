# Every function of math has its own __name__, __qualname__, __module__ and repr.
import math

for f in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc',
          'exp', 'exp2', 'expm1', 'log1p', 'sin', 'sinh', 'tan', 'tanh', 'floor', 'ceil', 'trunc',
          'fsum', 'prod', 'dist', 'isclose', 'sqrt', 'log', 'gcd', 'lcm', 'comb', 'perm',
          'factorial', 'isqrt', 'pow', 'fabs', 'copysign', 'hypot', 'ldexp', 'frexp', 'modf',
          'fmod', 'remainder', 'nextafter', 'ulp', 'degrees', 'radians', 'isfinite', 'isinf',
          'isnan', 'atan2', 'log2', 'log10', 'lgamma', 'gamma']:
    g = getattr(math, f)
    print(g.__name__ == f, g.__qualname__ == f, repr(g), g.__module__)
print(math.exp.__name__, repr(math.sin))
