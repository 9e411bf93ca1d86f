def inner():
    try:
        yield 1
    except KeyError:
        yield "inner handled"
def outer():
    yield from inner()
    yield "outer continues"
g = outer()
next(g)
print(g.throw(KeyError("k")), next(g))
