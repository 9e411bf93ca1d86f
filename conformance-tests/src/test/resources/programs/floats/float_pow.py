print(2.0 ** 0.5, 2 ** 0.5, 27 ** (1 / 3))
print(10.0 ** 20, 10.0 ** -20, 1.5 ** 2, 0.0 ** 0.0)
print(pow(2.0, 3), pow(4, 0.5), (-2.0) ** 2, (-2.0) ** 3)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
