# An uncaught NameError's suggestion comes from the frame's local variable names (bound or not
# yet, as CPython's code object lists them), then the module's globals, then the builtins.
counter = 0


def total_of(items):
    total = 0
    for item in items:
        total += item
    return totl


def later():
    if counter:
        later_value = 1
    return later_valu


def from_globals():
    return countr


for f in (total_of, later, from_globals):
    try:
        f([1]) if f is total_of else f()
    except NameError as e:
        print("caught:", e)
try:
    later()
except NameError:
    try:
        from_globals()
    except NameError:
        prnt("x")
