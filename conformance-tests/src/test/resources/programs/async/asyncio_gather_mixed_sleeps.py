# gather returns results in argument order whatever the completion order; sleeps complete by
# deadline, equal deadlines in scheduling order, sleep(0) before any timer.
import asyncio

done = []

async def nap(name, delay):
    await asyncio.sleep(delay)
    done.append(name)
    return f"{name}:{delay}"

async def twice(name, delay):
    a = await nap(name + "1", delay)
    b = await nap(name + "2", delay)
    return a + "+" + b

async def main():
    r = await asyncio.gather(nap("a", 0.03), nap("b", 0.01), nap("c", 0), nap("d", 0.02),
                             twice("e", 0), nap("f", 0.01), asyncio.sleep(0.005, result="slept"))
    print(r)
    print(done)
    done.clear()
    r = await asyncio.gather(*[nap(str(i), 0.01) for i in range(6)])
    print(r)
    print(done)
    print(await asyncio.gather())
    same = nap("same", 0)
    print(await asyncio.gather(same, same))

asyncio.run(main())
