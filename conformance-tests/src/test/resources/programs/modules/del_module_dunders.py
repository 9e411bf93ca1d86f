"""A module docstring."""
# Deleting a module's own __name__ or __doc__ makes reads fall back to builtins' values,
# in the module body, in functions and in class bodies.
import builtins

print(__name__, __doc__)
del __name__
print(__name__)
del __doc__
print(__doc__.splitlines()[0])
print(__doc__ is builtins.__doc__)


def reader():
    return __name__, __doc__[:8]


class C:
    seen = __name__


print(reader(), C.seen, C.__module__)
__name__ = "renamed"
print(reader())


def drop():
    global __name__
    del __name__


drop()
print(reader())
try:
    del __name__
except NameError as e:
    print("NameError:", e)
print(builtins.__name__, builtins.__doc__ == __doc__)

# A class records the module's __name__ as its body reads it; a function, the globals' entry.
__name__ = "again"


class D:
    pass


def g():
    pass


print(D.__module__, g.__module__, (lambda: 0).__module__)
del __name__


class E:
    pass


def h():
    pass


print(E.__module__, h.__module__)
