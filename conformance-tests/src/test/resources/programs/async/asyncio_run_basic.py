import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    results = await asyncio.gather(*(square(i) for i in range(5)))
    print(results)
    return sum(results)
print(asyncio.run(main()))
