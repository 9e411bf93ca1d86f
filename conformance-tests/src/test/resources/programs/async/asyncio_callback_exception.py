# An exception in a done callback is logged by the loop's exception handler; the program goes on.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(lambda fut: 1 / 0)
    f.add_done_callback(lambda fut: print("second callback runs"))
    f.set_result(None)
    await asyncio.sleep(0)
    print("main goes on")

asyncio.run(main())
print("after run")
