d = {i: chr(97 + i) for i in range(4)}
print(d.popitem(), d.popitem(), d)
d[9] = "z"
print(list(reversed(d.items())), next(reversed(d.values())))
