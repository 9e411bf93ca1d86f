import asyncio
order = []
async def worker(name, delays):
    for d in delays:
        await asyncio.sleep(0)
        order.append(f"{name}{d}")
async def main():
    t1 = asyncio.create_task(worker("a", [1, 2, 3]))
    t2 = asyncio.create_task(worker("b", [1, 2]))
    await t1
    await t2
asyncio.run(main())
print(order)
