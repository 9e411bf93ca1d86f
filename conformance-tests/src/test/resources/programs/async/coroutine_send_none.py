async def add(a, b):
    return a + b
coro = add(2, 3)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
print(type(add).__name__, type(add(1, 1)).__name__ if False else "coroutine")
