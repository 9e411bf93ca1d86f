class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value
async def inner(x):
    got = await Suspend()
    return x * got
async def outer():
    a = await inner(2)
    b = await inner(3)
    return a + b
c = outer()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("final", e.value)
