rows = [("x", None), ("y", 2), ("z", None), ("w", 1)]
print(sorted(rows, key=lambda r: (r[1] is None, r[1] or 0)))
print(sorted(rows, key=lambda r: r[0], reverse=True))
try:
    sorted(rows, key=lambda r: r[1])
except TypeError as e:
    print("TypeError:", e)
