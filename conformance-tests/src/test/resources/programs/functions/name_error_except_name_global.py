# The name of an `except ... as` handler at module level is unbound after the handler.
def describe():
    return "last error: %s" % problem

try:
    int("x")
except ValueError as problem:
    print(describe())
print(describe())
