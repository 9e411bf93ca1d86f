print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(-5)))
r = range(2, 20, 4)
print(list(r), r[1], r[-1], r[1:3], 10 in r, 11 in r, r.index(14), r.count(6))
print(range(3) == range(0, 3, 1), range(0) == range(5, 5), list(range(10)[::-3]))
