import asyncio
async def aiter_range(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    return 2 * x
async def main():
    a = [x async for x in aiter_range(4)]
    b = [await double(x) for x in range(3)]
    c = {x: x * x async for x in aiter_range(3) if x}
    return a, b, c
print(asyncio.run(main()))
