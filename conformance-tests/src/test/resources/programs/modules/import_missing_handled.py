# Optional imports: a module that exists nowhere raises ModuleNotFoundError where the import
# stands, and the program goes on with its fallback.
try:
    import definitely_missing_speedups
except ImportError as e:
    print(type(e).__name__, e, e.name, e.msg, e.path, e.args)
    definitely_missing_speedups = None
print(definitely_missing_speedups)

try:
    from definitely_missing_json import loads
except ModuleNotFoundError as e:
    print("from-import:", e.name, str(e))
    from json import loads
print(loads("[1, 2]"))

try:
    import definitely_missing_pkg.sub as sub
except ImportError as e:
    print("dotted:", e.name, e)


def late():
    import definitely_missing_inside
    return definitely_missing_inside


try:
    late()
except ImportError as e:
    print("in a function:", repr(e), isinstance(e, ImportError), issubclass(type(e), ImportError))

# ImportError's own fields: msg is the only positional argument, name and path are keywords.
e = ImportError("boom", name="m", path="/p")
print(e, e.name, e.path, e.msg, e.args, e.__dict__)
e = ModuleNotFoundError("x")
print(e.name, e.path, e.msg, repr(e), str(e))
e = ImportError("a", "b")
print(e.msg, str(e), repr(e))
e = ImportError()
print(e.msg, repr(str(e)))
e.name = "q"
e.msg = 5
print(e.name, e.msg, str(e))
try:
    ImportError("x", bogus=1)
except TypeError as t:
    print(t)


class PluginMissing(ImportError):
    pass


print(PluginMissing("z", name="n").name, PluginMissing("z").msg)
for attempt in range(2):
    try:
        import definitely_missing_again
    except ImportError as e:
        print(attempt, e.name)
