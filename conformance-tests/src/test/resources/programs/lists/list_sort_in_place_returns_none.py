a = [3, 1, 2]
r = a.sort()
print(r, a)
b = sorted(a, reverse=True)
print(b, a)
print(a.reverse(), a)
print(sorted([1, 2, 3], key=lambda v: 0), sorted(["b", "a"], key=None))
