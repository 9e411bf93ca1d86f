print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(()))
d = {(1, 2): "a", (2, 1): "b"}
print(d[(1, 2)], d[2, 1], len(d))
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
