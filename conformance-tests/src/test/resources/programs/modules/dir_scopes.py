"""dir() without an argument: the sorted names of the scope where it stands."""
import math
import string as s
from os import path

print(dir())


def f(p, q=2, *args, **kw):
    print(dir())
    r = 3
    print(dir())
    del r
    print(dir())

    def inner():
        return p

    class Local:
        print(dir())
        z: int = 1
        print(dir())

    import math as m2
    from string import digits
    print(dir())
    return inner


f(1)
print(sorted(dir(lambda: 0)) == dir(f))
print((lambda a, b=2: dir())(1))


class C:
    """Doc."""
    print(dir())
    x = 1

    def m(self):
        return dir()

    print(dir())


print(C().m())
y = 2
print(dir())
del y
print(dir())
import circ_mods.a
import circ_mods

print(dir(circ_mods))
print(dir(circ_mods.a))
# The runtime's standard-library modules have other names than CPython's: dir() refuses them.
for provided in (math, s, path):
    try:
        dir(provided)
    except TypeError:
        pass
