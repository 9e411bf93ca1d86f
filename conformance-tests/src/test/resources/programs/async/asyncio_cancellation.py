# Cancellation: CancelledError thrown at the await, finally blocks and except handlers run,
# messages travel, a task cancelled before it starts never runs, and suppressing cancellation.
import asyncio

async def sleeper(name):
    try:
        print(name, "sleeping")
        await asyncio.sleep(10)
        print(name, "woke")
    except asyncio.CancelledError as e:
        print(name, "cancelled with", e.args)
        raise
    finally:
        print(name, "finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    await asyncio.sleep(0)
    return "survived"

async def never():
    print("never runs")

async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop it"))
    print("cancel again ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting t raised", type(e).__name__, e.args)
    print(t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raised", repr(e))

    n = asyncio.create_task(never())
    print(n.cancel())
    await asyncio.sleep(0)
    print(n.cancelled())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())

    done = asyncio.create_task(asyncio.sleep(0, "x"))
    await done
    print("cancel finished ->", done.cancel())

    g = asyncio.gather(sleeper("g1"), sleeper("g2"))
    await asyncio.sleep(0)
    print("gather cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(isinstance(asyncio.CancelledError(), Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
