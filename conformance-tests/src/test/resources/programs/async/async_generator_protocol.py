# Asynchronous generators driven by hand: __anext__/asend/athrow/aclose awaitables.
class Tick:
    def __await__(self):
        got = yield "tick"
        return got

def run(aw):
    """Drives an awaitable to completion, printing what it yields to its driver."""
    it = aw.__await__()
    sent = None
    try:
        while True:
            v = it.send(sent)
            print("  driver saw", v)
            sent = "resumed"
    except StopIteration as e:
        return e.value

def show(aw):
    try:
        print("->", run(aw))
    except BaseException as e:
        print("->", type(e).__name__ + ":", e)

async def agen():
    try:
        x = yield 1
        print("agen got", x)
        y = await Tick()
        print("agen await gave", y)
        yield 2
        try:
            yield 3
        except ValueError as e:
            print("agen caught", repr(e))
            yield "after athrow"
    finally:
        print("agen finally")

g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
show(a)
show(a)
show(g.asend("sent"))
show(g.__anext__())
show(g.athrow(ValueError("v")))
show(g.aclose())
show(g.__anext__())
show(g.aclose())
show(g.athrow(KeyError("late")))

# athrow that is not caught ends the generator with that exception
async def plain():
    yield "p1"
    yield "p2"
g = plain()
show(g.__anext__())
show(g.athrow(KeyError, "kk"))
show(g.__anext__())

# aclose before the first step, and an aclose that awaits in its finally
g = plain()
show(g.aclose())
show(g.__anext__())
async def cleanup():
    try:
        yield "c1"
    finally:
        v = await Tick()
        print("cleanup awaited", v)
g = cleanup()
show(g.__anext__())
show(g.aclose())

# a generator that yields while being closed
async def stubborn():
    try:
        yield "s1"
    except GeneratorExit:
        yield "s2"
g = stubborn()
show(g.__anext__())
show(g.aclose())

# raising StopAsyncIteration or StopIteration inside
async def bad_stop():
    yield 1
    raise StopAsyncIteration
async def bad_stop2():
    yield 1
    raise StopIteration
for f in (bad_stop, bad_stop2):
    g = f()
    show(g.__anext__())
    show(g.__anext__())

# two __anext__ awaitables in flight
async def slow():
    await Tick()
    yield "slow"
g = slow()
first = g.__anext__().__await__()
print(first.send(None))
show(g.__anext__())
try:
    first.send(None)
except StopIteration as e:
    print("first finished with", e.value)
show(g.aclose())

# async for: else, break, continue, a hand-written async iterator
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Tick()
        return self.n
async def loops():
    out = []
    async for i in Countdown(3):
        out.append(i)
    else:
        out.append("else")
    g = agen()
    async for i in g:
        if i == 2:
            break
        out.append(i)
    else:
        out.append("no else after break")
    out.append("before aclose")
    await g.aclose()
    async for i in plain():
        if i == "p1":
            continue
        out.append(i)
    return out
show(loops())

# async for error messages
class NoANext:
    def __aiter__(self):
        return 5
class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
async def loop_over(x):
    async for i in x:
        pass
for x in (3, NoANext(), BadANext()):
    show(loop_over(x))
