def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(50))
print(fact(100) // fact(98))
print(len(str(fact(200))))
import math
print(math.factorial(30) == fact(30))
