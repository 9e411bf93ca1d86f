import math
for f, arg in ((math.sqrt, -1), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5)):
    try:
        print(f(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
