try:
    print([1 / x for x in [1, 2, 0, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print({k: v for k, v in [(1, 2), (3,)]})
except ValueError as e:
    print("ValueError:", e)
