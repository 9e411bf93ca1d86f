# A task whose exception nobody retrieves is reported on stderr ("Task exception was never retrieved").
import asyncio
async def bad():
    raise RuntimeError("lost")
async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")
asyncio.run(main())
print("after")
