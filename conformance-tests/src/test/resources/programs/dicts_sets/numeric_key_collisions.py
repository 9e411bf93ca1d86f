d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {True: "bool", 1: "int"}
print(d2)
d3 = {0: "a", False: "b", 0.0: "c", -0.0: "d"}
print(d3)
print({1, 1.0, True, 2, 2.0}, 1.0 in {1}, True in {1: 0})
