# Futures and primitives made outside a running loop: a Future takes the main thread's default
# loop before asyncio.run, and after asyncio.run there is no current loop any more.
import asyncio

f = asyncio.Future()
print(f, f.done())
f.set_result(1)
print(f.result())
q = asyncio.Queue()
ev = asyncio.Event()

async def main():
    q.put_nowait("made outside")
    ev.set()
    await ev.wait()
    return await q.get()

print(asyncio.run(main()))
try:
    asyncio.Future()
except RuntimeError as e:
    print(e)
