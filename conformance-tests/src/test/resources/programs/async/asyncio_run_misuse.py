# asyncio.run rejects a non-coroutine and nested use; create_task needs a running loop.
import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    await c
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(e)
    print(asyncio.get_running_loop().is_running())

try:
    asyncio.run(42)
except ValueError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
asyncio.run(main())
print(asyncio.run(inner()))
