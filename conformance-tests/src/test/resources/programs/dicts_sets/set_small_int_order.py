print({5, 3, 1, 100, 2}, set(range(10, 0, -1)), {-1, -2, 0})
print(set([3, 3, 1]), {x % 5 for x in range(20)}, set())
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), {(1, 2), (1, 2)})
