data = [("a", 3), ("b", 1), ("c", 3)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), max(3, 1, 2), min("hello"))
print(max([], default="empty"), min([], default=None), max([5], default=0), max(1, 2, key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
