d = {1: "a", 2: "b"}
k, v, it = d.keys(), d.values(), d.items()
d[3] = "c"
print(k, v, it, len(k))
print(k & {2, 3, 4}, k | {9}, k - {1}, it & {(1, "a")}, 2 in k, "b" in v, (3, "c") in it)
print(list(reversed(d)), list(reversed(k)))
