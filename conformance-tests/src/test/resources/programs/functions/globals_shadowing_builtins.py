# A module-level name that shadows a builtin reads the builtin while the global is unbound:
# before its assignment, on the right of `X = X`, after `del`, from functions and class bodies.
def describe():
    return (len, TimeoutError, max)

print(describe()[0], describe()[1].__name__)
len = len
print(len("abc"))
TimeoutError = TimeoutError
print(TimeoutError.__name__, describe()[1] is TimeoutError)


def my_max(*args):
    return "mine"


max = my_max
print(max(1, 2), describe()[2] is my_max)
del max
print(max(1, 2), describe()[2])


class Box:
    size = len([1, 2])
    print(abs(-3))


print(Box.size)


def set_global():
    global abs
    abs = lambda x: "patched"


print(abs(-4))
set_global()
print(abs(-4))
del abs
print(abs(-5))
try:
    del abs
except NameError as e:
    print("NameError:", e)
print(sorted == sorted, type(len).__name__)
