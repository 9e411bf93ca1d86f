import math
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(0, 0), math.gcd(-12, 18))
print(math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(10 ** 50), math.isqrt(99), math.isqrt(0))
print(math.comb(100, 50), math.perm(10, 3))
