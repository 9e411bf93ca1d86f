import asyncio
async def producer(q):
    for i in range(5):
        await q.put(i)
    await q.put(None)
async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)
async def main():
    q = asyncio.Queue()
    out = []
    await asyncio.gather(producer(q), consumer(q, out))
    return out
print(asyncio.run(main()))
