# Tasks created in a loop start in creation order, after the creator yields; each sleep(0)
# lets every other ready task take exactly one step.
import asyncio

log = []

async def worker(i, steps):
    t = asyncio.current_task()
    log.append(f"start {i} {t.get_name()}")
    for s in range(steps):
        await asyncio.sleep(0)
        log.append(f"w{i}.{s}")
    return i * 10

async def main():
    tasks = [asyncio.create_task(worker(i, 3 - i)) for i in range(4)]
    log.append("created")
    print(all(not t.done() for t in tasks))
    await asyncio.sleep(0)
    log.append("main resumed")
    named = asyncio.create_task(worker(9, 1), name="custom")
    results = [await t for t in tasks]
    await named
    print(named.get_name(), named.result(), named.done())
    print(results)
    print(asyncio.current_task().get_name())
    return len(log)

n = asyncio.run(main())
print(n)
for line in log:
    print(line)
