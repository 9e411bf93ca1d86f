import asyncio
async def main():
    await asyncio.sleep(0)
    raise KeyError("async key")
asyncio.run(main())
