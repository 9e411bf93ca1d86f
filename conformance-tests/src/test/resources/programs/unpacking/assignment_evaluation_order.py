# Python evaluates the right-hand side before the target's object and subscript, for every
# kind of target: attribute, subscript with any key, slices, chained and annotated assignments.
order = []


def f(x):
    order.append(repr(x) if not isinstance(x, (dict, list, Box)) else type(x).__name__)
    return x


class Box:
    pass


b = Box()
d = {}
l = [0, 0, 0]
f(b).x = f(1)
f(d)[(f(1), f(2), f(3))] = f("v")
f(d)[f("k")] = f(2)
f(l)[f(0)] = f(9)
f(l)[f(1):f(2)] = f([7])
f(b).y: int = f(5)
f(b).z = f(d)[f("k")] = f(6)
f(d)[f("a")], f(b).w = f((3, 4))
print(order)
print(b.x, b.y, b.z, b.w, d, l)
try:
    f(b).q = undefined_name
except NameError as e:
    print("NameError before the target:", e, order[-1])
