# Coroutine objects driven by hand: reuse, send/throw/close rules, __await__ checks.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got

async def add(a, b):
    return a + b

async def stops():
    raise StopIteration(3)

async def awaiting(x):
    return await x

def show(f, *args):
    try:
        print("ok", f(*args))
    except StopIteration as e:
        print("StopIteration", e.value)
    except BaseException as e:
        print(type(e).__name__ + ":", e)

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
show(c.send, None)
show(c.send, None)
show(c.throw, KeyError("k"))
show(c.close)
c = add(1, 2)
show(c.send, 5)
c.close()
show(c.send, None)
show(stops().send, None)

class NonIter:
    def __await__(self):
        return 5
class ReturnsCoro:
    def __await__(self):
        self.inner = add(1, 1)
        return self.inner
rc = ReturnsCoro()
for x in (5, "s", NonIter(), rc):
    show(awaiting(x).send, None)
rc.inner.close()

# await on a finished coroutine
done = add(2, 2)
show(done.send, None)
show(awaiting(done).send, None)

# __await__ of a coroutine: an iterator that drives it
async def two_ticks():
    a = await Tick("first")
    b = await Tick("second")
    return a + b
w = two_ticks().__await__()
print(type(w).__name__)
print(next(w))
print(w.send(10))
show(w.send, 20)

# throw() goes to the innermost awaited iterator
class Catcher:
    def __await__(self):
        try:
            yield "waiting"
        except ValueError as e:
            print("Catcher got", repr(e))
            return "recovered"
        return "normal"
async def outer():
    r = await Catcher()
    print("outer resumed with", r)
    await Tick("after")
    return "outer done"
c = outer()
print(c.send(None))
print(c.throw(ValueError("boom")))
show(c.send, None)

# throw a class, and a class with a value
c = outer()
c.send(None)
show(c.throw, ValueError)
c = two_ticks()
c.send(None)
show(c.throw, KeyError, "kk")
show(c.send, None)

# close() while awaiting closes the awaited generator (finally order)
class Fin:
    def __await__(self):
        try:
            yield "fin waiting"
        finally:
            print("Fin finally")
async def holder():
    try:
        await Fin()
    finally:
        print("holder finally")
c = holder()
print(c.send(None))
c.close()
show(c.send, None)

# a coroutine that ignores GeneratorExit
async def stubborn():
    ignored = 0
    while True:
        try:
            await Tick("again")
        except GeneratorExit:
            ignored += 1
            print("ignoring", ignored)
            if ignored == 2:
                return
c = stubborn()
c.send(None)
show(c.close)
show(c.close)

# a coroutine that is running cannot be re-entered
async def reenter():
    show(me.send, None)
    return "reentered"
me = reenter()
show(me.send, None)

# await chains with values sent in
async def level(n):
    if n == 0:
        return await Tick("bottom")
    return 1 + await level(n - 1)
c = level(3)
print(c.send(None))
show(c.send, 100)

# the iterator of __await__ is not itself awaitable; a plain generator is not awaitable
w = add(1, 2).__await__()
show(awaiting(w).send, None)
show(w.send, None)
def plain_gen():
    yield 1
show(awaiting(plain_gen()).send, None)
