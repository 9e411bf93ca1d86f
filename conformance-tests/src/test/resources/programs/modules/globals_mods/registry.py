"""A registry whose entries become module attributes."""
handlers: dict = {}

def register(name, value):
    globals()[name] = value
    handlers[name] = value

def lookup(name):
    return globals().get(name, "missing")

print("registry", globals()["__name__"], repr(globals()["__package__"]), globals()["__doc__"])
print("registry", "__annotations__" in globals(), "__spec__" in globals(), "handlers" in globals())
