# gather without return_exceptions raises the first exception while the other children keep
# running; with return_exceptions the exceptions are results; a cancelled child inside gather.
import asyncio

async def ok(v, delay):
    await asyncio.sleep(delay)
    print("ok", v)
    return v

async def fail(msg, delay):
    await asyncio.sleep(delay)
    print("fail", msg)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(ok(1, 0.01), fail("first", 0), fail("second", 0.005), ok(2, 0.02))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.05)
    print("after the others finished")
    r = await asyncio.gather(fail("a", 0), ok(3, 0), fail("b", 0), return_exceptions=True)
    print(r)
    victim = asyncio.create_task(ok(4, 1))
    async def cancel_soon():
        await asyncio.sleep(0)
        victim.cancel()
        return "cancelled it"
    r = await asyncio.gather(victim, cancel_soon(), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])
    victim2 = asyncio.create_task(ok(5, 1))
    async def cancel_soon2():
        await asyncio.sleep(0)
        victim2.cancel()
    try:
        await asyncio.gather(victim2, cancel_soon2())
    except asyncio.CancelledError:
        print("gather raised CancelledError")

asyncio.run(main())
