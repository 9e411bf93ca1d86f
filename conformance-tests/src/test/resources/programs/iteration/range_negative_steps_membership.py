r = range(20, -20, -7)
print(list(r), len(r), -1 in r, -8 in r, r.index(-8), r[-2], r[1:3], list(r[::-2]))
print(range(0, 10, 3) == range(0, 11, 3), hash(range(3)) == hash(range(0, 3)))
