try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 5], [1, 2, 3], [1, 2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3.5, 1, True, -2]), sorted("hello"), sorted({3: 1, 1: 2}))
