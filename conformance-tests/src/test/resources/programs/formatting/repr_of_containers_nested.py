data = {"a": [1, 2.0, "x"], "b": (None, True), "c": {"n": -0.0}, "d": ()}
print(data)
print(repr(data["a"]), [data["b"]], [[], [[]]], (1,), ((1, 2),))
print(repr("a\nb"), [repr("q")], {1: "\t"})
