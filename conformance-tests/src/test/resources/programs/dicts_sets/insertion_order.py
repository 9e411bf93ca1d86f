d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
d[3] = "updated"
del d[5]
d[5] = "readded"
print(d, list(d), list(d.values()), list(d.items()))
d2 = dict(b=1, a=2)
d2.update([("c", 3)], a=20)
print(d2, dict.fromkeys("abc", 0))
