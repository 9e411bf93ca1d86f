# CPython's compile-time SyntaxWarnings of the program, printed before anything runs.
print("start")
x = 1
if x is 1:
    print("is int")
if x is not "a":
    print("is not str")
y = x is (1, 2) or x is -1
assert (x, "always true")


def never_called():
    return "abc"("d"), [1, 2](3), 5[0], [1, 2]["a"], (1, 2)[1.5], {1}[0]


class C:
    z = None if True else None[0]


print("end")
