# Asynchronous comprehensions and generator expressions, driven without an event loop.
class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield ("tick", self.v)
        return self.v

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print("  (suspended", steps, "times)")
        return e.value

async def arange(n):
    for i in range(n):
        await Tick(i)
        yield i

async def double(x):
    return 2 * await Tick(x)

async def main():
    a = [x async for x in arange(4)]
    b = [await double(x) for x in range(3)]
    c = {x: x * x async for x in arange(4) if x % 2}
    d = {x async for x in arange(3) if await Tick(x) > 0}
    e = [(x, y) async for x in arange(2) for y in "ab"]
    f = [[y async for y in arange(x)] for x in range(3)]
    g = [x + y for x in range(2) async for y in arange(2)]
    return a, b, c, d, e, f, g

print(run(main()))

async def genexps():
    ag = (x * 10 async for x in arange(3))
    print(type(ag).__name__, ag.__name__)
    out = [v async for v in ag]
    aw = (await double(x) for x in range(3))
    print(type(aw).__name__)
    out2 = []
    async for v in aw:
        out2.append(v)
    sync = (x for x in range(2))
    print(type(sync).__name__)
    return out, out2

print(run(genexps()))

async def scopes():
    x = "outer"
    lst = [x async for x in arange(2)]
    return x, lst

print(run(scopes()))

async def errors():
    try:
        [x async for x in 5]
    except TypeError as e:
        print("TypeError:", e)
    try:
        [await x for x in (1,)]
    except TypeError as e:
        print("TypeError:", e)
    return "done"

print(run(errors()))
