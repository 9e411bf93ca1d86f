# A bounded queue: put blocks when full, getters and putters are woken in FIFO order,
# join waits for task_done, and the nowait forms raise QueueEmpty / QueueFull.
import asyncio

async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"put {name}{i} size={q.qsize()}")
    print(f"producer {name} done")

async def consumer(q, name):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    consumers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await asyncio.gather(producer(q, "a", 3), producer(q, "b", 2))
    await q.join()
    print("joined", q.qsize())
    for c in consumers:
        c.cancel()
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q2.full())
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print(e)
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in [3, 1, 2, 1]:
        lq.put_nowait(v)
        pq.put_nowait((v, str(v)))
    print([lq.get_nowait() for _ in range(4)], [pq.get_nowait() for _ in range(4)])
    print(str(q2), str(lq))

asyncio.run(main())
