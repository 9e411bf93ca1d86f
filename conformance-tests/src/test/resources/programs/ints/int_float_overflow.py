try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    import math
    print(math.exp(1000))
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 * 0.0 if False else "skip")
print(int(1e308) % 1000)
