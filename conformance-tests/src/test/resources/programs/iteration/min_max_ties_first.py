pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max([1, 1.0, True]), min([1.0, 1, True]), type(max(1, 1.0)).__name__)
