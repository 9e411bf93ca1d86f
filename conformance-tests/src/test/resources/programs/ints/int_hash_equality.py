print(hash(1) == hash(1.0) == hash(True))
print(hash(-1), hash(-2), hash(0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(hash(-(2 ** 61)))
