d = {1: "int", "1": "str", (1,): "tuple", 1.5: "float"}
print(d[1], d["1"], d[(1,)], d[3 / 2], len(d))
print(sorted(d.values()))
