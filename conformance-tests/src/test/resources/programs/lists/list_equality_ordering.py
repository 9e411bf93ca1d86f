print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print((1, 2) == (1, 2), (1, "a") < (1, "b"), (1,) < (1, 2), [1] == (1,), [1.0] == [1])
print([float("nan")] == [float("nan")], max([[1, 2], [1, 10], [0, 99]]))
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
