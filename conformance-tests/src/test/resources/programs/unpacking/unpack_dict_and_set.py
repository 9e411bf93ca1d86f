a, b = {"x": 1, "y": 2}
print(a, b)
(k, v), = {"only": 1}.items()
print(k, v)
m, n = sorted({9, 3})
print(m, n)
