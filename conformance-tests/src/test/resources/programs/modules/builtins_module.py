# The builtins module holds the very objects the builtin names are.
import builtins
from builtins import sorted as ordered, ValueError as VE

print(builtins, builtins.__name__)
print(builtins.len is len, builtins.max is max, ordered is sorted, VE is ValueError, builtins.int is int)
print(builtins.len("abc"), builtins.sorted([3, 1, 2]), builtins.abs(-4), builtins.isinstance(1, builtins.int))
try:
    builtins.int("x")
except builtins.ValueError as e:
    print("ValueError:", e)
print(abs.__doc__)
print(len.__doc__ == builtins.len.__doc__, print.__doc__.splitlines()[0])
print(hasattr(builtins, "no_such_builtin"))
