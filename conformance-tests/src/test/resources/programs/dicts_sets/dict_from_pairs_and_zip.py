keys = ["a", "b", "c"]
vals = [1, 2, 3]
d = dict(zip(keys, vals))
print(d, dict([(1, 2), [3, 4], "xy"]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
