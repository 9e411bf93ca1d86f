data = iter([5, 3, 0, 8])
total = 0
while (v := next(data, None)) is not None and v:
    total += v
print(total, v)
