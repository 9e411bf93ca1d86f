print(2 ** -1, 2 ** -2, (-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(0 ** 0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
