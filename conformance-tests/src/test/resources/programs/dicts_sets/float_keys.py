d = {0.1 + 0.2: "a", 0.3: "b", 1e16: "c", float("inf"): "d"}
print(d)
print(d[10 ** 16], d[float("inf")])
nan = float("nan")
d[nan] = 1
d[nan] = 2
d[float("nan")] = 3
print(len(d), list(d.values())[-2:])
