# A module-level function called directly by its module's own code, rebound, replaced and
# deleted from another module: the module's calls reach whatever the global holds now.
from dcall_mods import lib

original = lib.f
print(lib.g(1), lib.squares(), lib.fib(10))
lib.f = lambda x, y="default": ("lambda", x, y)
print(lib.g(2), lib.squares())
setattr(lib, "f", 3)
try:
    lib.g(3)
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Box({self.x!r})"


lib.f = Box
print(lib.g(4), lib.squares())


def two(a, b):
    return a - b


lib.f = two
try:
    lib.g(5)
except TypeError as e:
    print("TypeError:", e)
lib.f = None
try:
    lib.g(6)
except TypeError as e:
    print("TypeError:", e)
del lib.f
try:
    lib.g(7)
except NameError as e:
    print("NameError:", e)
try:
    lib.squares()
except NameError as e:
    print("NameError:", e)
print(hasattr(lib, "f"))
try:
    del lib.f
except AttributeError as e:
    print("AttributeError:", e)
lib.f = original
print(lib.g(8), lib.squares())
delattr(lib, "f")
setattr(lib, "f", original)
print(lib.g(9))


# Rebinding while the arguments are evaluated: the function loaded first is the one called.
def rebind():
    lib.f = two
    return "arg"


print(lib.apply(rebind))
try:
    lib.apply(lambda: "x")
except TypeError as e:
    print("TypeError:", e)
lib.f = original
# A recursive function whose global is rebound: the inner calls reach the new binding.
real_fib = lib.fib
lib.fib = lambda n: 100
print(real_fib(5))
lib.fib = real_fib
print(real_fib(5))
