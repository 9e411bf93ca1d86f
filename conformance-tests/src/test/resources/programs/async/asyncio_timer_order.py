# Timers: call_later/call_at run by deadline, equal delays in scheduling order, a cancelled
# handle never runs, call_soon before any timer; loop.time() only grows.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    t0 = loop.time()
    for i, d in enumerate([0.03, 0.01, 0.02, 0.01, 0]):
        loop.call_later(d, log.append, f"later{i}:{d}")
    h = loop.call_later(0.015, log.append, "cancelled")
    loop.call_soon(log.append, "soon")
    loop.call_at(loop.time() + 0.025, log.append, "at")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.05)
    print(log)
    print(loop.time() - t0 >= 0.05)
    done = []
    async def sleeper(name, d):
        await asyncio.sleep(d)
        done.append(name)
    await asyncio.gather(*(sleeper(f"s{i}", 0.01 * (i % 3)) for i in range(7)))
    print(done)

asyncio.run(main())
