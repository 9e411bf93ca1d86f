vals = [3, None, 1]
print(sorted(vals))
