# Leaving an `async for` over a temporary async generator early closes it, as CPython drops it.
class Tick:
    def __await__(self):
        yield "t"
async def agen(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally", tag)
async def main():
    async for x in agen("break"):
        if x == 1:
            break
    print("after break")
    try:
        async for x in agen("raise"):
            raise ValueError(x)
    except ValueError as e:
        print("caught", e)
    async for x in agen("full"):
        pass
    print("after full")
    g = agen("kept")
    async for x in g:
        break
    print("kept open")
    await g.aclose()
    return "ok"
c = main()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
