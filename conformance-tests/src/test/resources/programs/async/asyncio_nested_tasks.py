# Tasks creating tasks, done callbacks scheduled with call_soon (so they run after the task's
# own step, in registration order), and awaiting an already finished task.
import asyncio

log = []

async def leaf(name):
    log.append(f"leaf {name} start")
    await asyncio.sleep(0)
    log.append(f"leaf {name} end")
    return name.upper()

async def branch(name, n):
    log.append(f"branch {name} start")
    kids = [asyncio.create_task(leaf(f"{name}{i}")) for i in range(n)]
    for k in kids:
        k.add_done_callback(lambda t: log.append(f"cb1 {t.result()}"))
        k.add_done_callback(lambda t: log.append(f"cb2 {t.result()}"))
    out = []
    for k in kids:
        out.append(await k)
    log.append(f"branch {name} end")
    return out

async def main():
    b1 = asyncio.create_task(branch("x", 2))
    b2 = asyncio.create_task(branch("y", 1))
    log.append("main waits")
    r1 = await b1
    log.append("main got b1")
    r2 = await b2
    log.append("main got b2")
    again = await b1
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: log.append(f"future cb {f.result()}"))
    asyncio.get_running_loop().call_soon(fut.set_result, 42)
    log.append(f"awaited future {await fut}")
    await asyncio.sleep(0)
    return r1, r2, again

print(asyncio.run(main()))
print("\n".join(log))
