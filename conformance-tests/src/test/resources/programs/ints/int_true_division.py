print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(10 ** 20 / 10 ** 10, 2 ** 1000 / 2 ** 999)
print((10 ** 30 + 1) / 10 ** 15)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
