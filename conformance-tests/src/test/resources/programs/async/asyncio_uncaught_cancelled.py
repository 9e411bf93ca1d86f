# A CancelledError escaping asyncio.run shows with its module-qualified name.
import asyncio

async def main():
    print("main starts")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")

asyncio.run(main())
