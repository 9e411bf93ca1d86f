x = 5
print("x" in globals(), globals()["x"], "y" in globals())
def f():
    y = 1
    z = 2
    return sorted(locals())
print(f(), len.__name__, abs.__doc__ is not None)
import builtins
print(builtins.len("abc"), builtins.max is max)
