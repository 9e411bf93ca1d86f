print(sorted([3, 1, 2]), sorted((3, 1, 2), reverse=True), sorted("bca"), sorted({3: 0, 1: 0}))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(1, 10, 3))), "".join(reversed("abc")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r))
