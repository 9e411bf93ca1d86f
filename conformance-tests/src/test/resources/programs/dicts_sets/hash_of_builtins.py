print(hash(1), hash(-1), hash(2 ** 64), hash(1.5), hash(True), hash(None) == hash(None))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash(frozenset({1, 2})))
print(hash(0.1), hash(-2.5), hash(2 ** 61 - 2))
