import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def bad():
    await asyncio.sleep(0)
    raise RuntimeError("bad task")
async def main():
    r = await asyncio.gather(ok(1), bad(), ok(3), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(ok(1), bad())
    except RuntimeError as e:
        print("gather raised", e)
asyncio.run(main())
