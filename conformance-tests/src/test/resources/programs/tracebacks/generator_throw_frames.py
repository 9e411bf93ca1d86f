# generator.throw() raises the exception at the paused yield: the traceback shows the caller's
# frame, then the generator's (and, through `yield from`, the delegate's) at its yield.
def numbers():
    try:
        yield 1
    except KeyError as e:
        print("numbers caught", repr(e))
        yield 2
    yield 3


g = numbers()
print(next(g))
print(g.throw(KeyError("k")))
squares = (n * n for n in range(4))
print(next(squares))
try:
    squares.throw(ValueError("in genexpr"))
except ValueError as e:
    print("caught", e, list(squares))


def inner():
    total = 0
    while True:
        total += yield total


def outer():
    result = yield from inner()
    return result


def drive(gen):
    next(gen)
    gen.send(5)
    gen.throw(OverflowError("too big"))


drive(outer())
