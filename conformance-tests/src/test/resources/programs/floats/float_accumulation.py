total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10))
import math
print(math.fsum([0.1] * 10))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
