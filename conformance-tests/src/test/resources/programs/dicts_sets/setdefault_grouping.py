pairs = [("x", 1), ("y", 2), ("x", 3), ("z", 4), ("y", 5)]
g = {}
for k, v in pairs:
    g.setdefault(k, []).append(v)
print(g)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
