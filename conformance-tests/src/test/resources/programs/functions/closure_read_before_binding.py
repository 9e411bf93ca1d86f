# A nested function (or a default, or a lambda) reading a variable of an enclosing scope
# before that scope binds it raises NameError / UnboundLocalError, at module and function level.
def call(f):
    try:
        return f()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

def g():
    return later

print(call(g))
later = 1
print(call(g))

def outer():
    def inner():
        return z
    print(call(inner))
    z = 2
    print(call(inner))
    keep = lambda: w
    print(call(keep))
    w = 3
    print(call(keep))

outer()

def with_default():
    try:
        def h(a=v):
            return a
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    def h(a=v):
        return a
    print(h())

with_default()

def deleted_by_inner():
    x = 1
    def drop():
        nonlocal x
        del x
    drop()
    print(call(lambda: x))
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)

deleted_by_inner()

def helpers_first():
    def a(n):
        return b(n - 1) if n else "done"
    def b(n):
        return a(n)
    limit = 3
    return a(limit)

print(helpers_first())
