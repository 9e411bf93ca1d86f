d = {}
d[1.0] = "float"
d[1] = "int"
d[0.5] = "half"
d[-0.0] = "negzero"
d[0] = "zero"
print(d)
print(hash(0.5), hash(1.5), hash(-0.0), hash(2.0) == hash(2))
print(hash(float("inf")), hash(-float("inf")))
