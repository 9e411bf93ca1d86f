# wait_for: a result in time, a timeout (the inner task is cancelled and its finally runs),
# and an uncaught TimeoutError out of asyncio.run.
import asyncio

async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    finally:
        print("slow finally", value)

async def main():
    print(await asyncio.wait_for(slow(0, "quick"), timeout=1))
    print(await asyncio.wait_for(slow(0.01, "none"), None))
    try:
        await asyncio.wait_for(slow(5, "late"), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(slow(5, "zero"), timeout=0)
    except TimeoutError:
        print("zero timeout")
    await asyncio.wait_for(slow(5, "uncaught"), 0.01)

asyncio.run(main())
