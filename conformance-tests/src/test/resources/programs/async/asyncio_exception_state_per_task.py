# Each task keeps the exception it is handling to itself while suspended: another task's
# exception gets no __context__ from it, and sys.exc_info() outside sees nothing.
import asyncio, sys

async def a():
    try:
        raise KeyError("a")
    except KeyError:
        await asyncio.sleep(0)
        print("a still handles", repr(sys.exc_info()[1]))

async def b():
    try:
        raise ValueError("b")
    except ValueError as e:
        print("b context", repr(e.__context__), repr(sys.exc_info()[1]))
    print("b outside", sys.exc_info()[1])

async def main():
    await asyncio.gather(a(), b())

asyncio.run(main())
