# dir() is not provided by the runtime: the module is routed.
class C:
    x = 1
print([a for a in dir(C()) if not a.startswith("_")])
