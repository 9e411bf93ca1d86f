# math.isqrt of ints far beyond a double's range (its float first guess comes from the leading bits).
import math
for n in [2**52, 2**53 + 1, 10**30, 10**300, 10**400, 10**5000 + 12345, 3**20001, (10**2000 + 1)**2, (10**2000 + 1)**2 - 1]:
    r = math.isqrt(n)
    print(r * r <= n < (r + 1) * (r + 1), r.bit_length(), r % 1000003)
