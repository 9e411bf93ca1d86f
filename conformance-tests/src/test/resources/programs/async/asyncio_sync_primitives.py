# Lock, Event and Semaphore wake their waiters in FIFO order, one step at a time.
import asyncio

log = []

async def locked_worker(lock, name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        log.append(f"{name} out")

async def waiter(ev, name):
    log.append(f"{name} waits")
    r = await ev.wait()
    log.append(f"{name} released {r}")

async def limited(sem, name):
    async with sem:
        log.append(f"{name} acquired {sem.locked()}")
        await asyncio.sleep(0.01)
    log.append(f"{name} released")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(locked_worker(lock, f"L{i}") for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f"E{i}")) for i in range(3)]
    await asyncio.sleep(0)
    log.append(f"set {ev.is_set()}")
    ev.set()
    await asyncio.gather(*ws)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, f"S{i}") for i in range(5)))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

asyncio.run(main())
print("\n".join(log))
