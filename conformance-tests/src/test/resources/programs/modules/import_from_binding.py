# `from m import x` runs m's body and reads x where the statement stands.
print("first")
from from_mods.values import x, y as why
print(x, why)
from from_mods import values
values.x = 100
print("x still bound to", x)
from from_mods.values import x
print("rebound", x)
try:
    from from_mods.values import missing
except ImportError as e:
    # CPython ends the message with the module's absolute path: left out of the output.
    print("ImportError:", str(e).split(" (/")[0])
def later():
    from from_mods.values import z
    return z
print("before later")
print(later())
