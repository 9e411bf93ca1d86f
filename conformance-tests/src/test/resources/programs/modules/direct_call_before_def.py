# Module-level functions called directly before their `def` has run: NameError, raised before
# the arguments are evaluated, as CPython loads the global first.
def caller(x):
    return target(x) * 2


def noisy(label):
    print("evaluated", label)
    return label


try:
    caller(1)
except NameError as e:
    print("NameError:", e)
try:
    target(noisy(1))
except NameError as e:
    print("NameError:", e)
try:
    print(callable(caller))
    print(sorted([3, 1, 2], key=target))
except NameError as e:
    print("NameError:", e)


def target(x):
    return x + 1


print(caller(1), target(noisy(2)))
print(sorted([3, 1, 2], key=target))


# A function deleted and defined again: calls follow the current binding.
def temp(x):
    return x


del temp
try:
    temp(1)
except NameError as e:
    print("NameError:", e)


def temp(x):
    return -x


print(temp(1))


# Rebinding from inside a function with `global`.
def first(x):
    return "first", x


def second(x):
    return "second", x


def swap():
    global first
    first = second


def use():
    return first(1)


print(use())
swap()
print(use())
