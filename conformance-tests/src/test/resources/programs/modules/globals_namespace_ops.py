# globals() and locals(): reading, testing and setting keys of the live namespaces.
"""Module doc."""
import math

counter = 0

def bump():
    globals()["counter"] = globals()["counter"] + 1
    return globals().get("counter")

print(bump(), bump(), counter)
print("counter" in globals(), "later" in globals(), "later" not in globals())
print(globals().get("later", "absent"), globals().get("missing"))
later = 3
print("later" in globals(), globals()["later"])
print(globals()["__name__"], globals()["__doc__"], "__builtins__" in globals(), "__file__" in globals())
print(globals()["math"] is math, globals()["bump"] is bump)
try:
    globals()["nothing_here"]
except KeyError as e:
    print("KeyError", e.args)
globals()["fresh"] = [1, 2]
print(fresh, "fresh" in globals())
fresh.append(3)
print(globals()["fresh"])
globals()[42] = "int key"
print(42 in globals(), globals()[42], 43 in globals())
globals()["len"] = lambda x: "shadowed"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

def show(a, b=2, *rest, **kw):
    c = a + b
    def inner():
        return c
    if a > 100:
        never = 1
    return sorted(locals()), len(locals()), "never" in locals(), locals()["c"], locals().get("never", "unbound")

print(show(1))
print(show(200, 1, 9, k=1)[0])

def use_undefined():
    try:
        return undefined_name
    except NameError as e:
        return str(e)

print(use_undefined())
globals()["undefined_name"] = "now defined"
print(use_undefined())
