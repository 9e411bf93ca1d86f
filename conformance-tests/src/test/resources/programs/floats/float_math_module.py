import math
print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
