print(1 / 2, 4 / 2, -1 / 3, 1e300 / 1e-300 if False else 1e300 / 1e-8)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(1e16 // 3, 0.3 // 0.1, 0.3 % 0.1)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
