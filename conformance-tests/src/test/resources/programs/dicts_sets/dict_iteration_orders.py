d = {"z": 1, "a": 2, "m": 3}
print([k for k in d], [v for v in d.values()], sorted(d), sorted(d, key=d.get))
for k, v in d.items():
    print(k, v, end=" ")
print()
print(max(d, key=lambda k: d[k]), min(d.items(), key=lambda kv: kv[1]))
