# A module's annotated names are recorded in its __annotations__; other targets only evaluate.
import types

print(__annotations__)
x: int = 3
y: "str"
print(__annotations__)
o = types.SimpleNamespace()
o.attr: int = 5
d = {}
d["k"]: str = "v"
(z): float = 1.5
print(__annotations__, o.attr, d, z)


def read():
    return __annotations__["x"]


print(read())
__annotations__["extra"] = list
print(sorted(__annotations__))


def evaluates(label):
    print("evaluated", label)
    return label


w: evaluates("w annotation") = evaluates("w value")
o.attr2: evaluates("attribute annotation")
print(__annotations__["w"])
missing: NotDefined
print("not reached")
