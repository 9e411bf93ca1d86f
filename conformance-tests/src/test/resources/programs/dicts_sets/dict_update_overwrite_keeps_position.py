d = {"a": 1, "b": 2, "c": 3}
d.update(b=20, d=4)
d["a"] = 10
print(d, list(d))
d[1] = "int"
d[1.0] = "float"
print(d)
