d = dict.fromkeys(range(6))
for k in (0, 2, 4):
    del d[k]
for k in (4, 0):
    d[k] = "back"
print(d)
print(list(d.keys())[0], next(iter(d)))
