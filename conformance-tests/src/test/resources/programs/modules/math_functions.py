import math
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.pow(2, 10), math.sqrt(49))
print(math.exp(0), math.log(math.e), math.log(8, 2), math.log1p(0), math.expm1(0))
print(math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.gcd(48, 18), math.factorial(20), math.comb(10, 3), math.isqrt(2 ** 100))
