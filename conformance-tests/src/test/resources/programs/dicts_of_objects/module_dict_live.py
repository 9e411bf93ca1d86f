# A module's __dict__ and vars(module) are its live namespace: a key set through it rebinds the
# global that the module's own functions read, and later rebinding is seen through it.
import moddict_mods.counter as counter
import moddict_mods

print(counter.__doc__, counter.__name__, vars(counter)["__name__"], counter.__dict__["__doc__"])
print(vars(counter)["count"], "count" in vars(counter), "nope" not in counter.__dict__, vars(counter).get("nope", 0))
counter.bump()
print(vars(counter)["count"], counter.__dict__.get("count"))
vars(counter)["count"] = 10
print(counter.count, counter.bump(), counter.describe())
counter.__dict__["label"] = "changed"
print(counter.describe(), counter.label)
counter.label = "again"
print(counter.__dict__["label"])
vars(counter)["extra"] = [1, 2]
print(counter.extra, "extra" in vars(counter), hasattr(counter, "extra"))
del vars(counter)["extra"]
print(hasattr(counter, "extra"), "extra" in counter.__dict__)
del counter.__dict__["label"]
try:
    counter.describe()
except NameError as e:
    print("NameError", e)
try:
    vars(counter)["label"]
except KeyError as e:
    print("KeyError", e)
try:
    del vars(counter)["label"]
except KeyError as e:
    print("KeyError", e)
setattr(counter, "label", "back")
print(counter.describe(), vars(counter)["label"])
print("__builtins__" in vars(counter), "__file__" in vars(counter), "__spec__" in counter.__dict__)
print("counter" in vars(moddict_mods), vars(moddict_mods)["counter"] is counter)
for f in (lambda: setattr(counter, "__dict__", {}), lambda: delattr(counter, "__dict__")):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
