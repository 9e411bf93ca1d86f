# Asynchronous generators under a running loop: leaving an `async for` early hands the generator
# to the loop's finalizer hook, which closes it in a task of its own, after the current step.
import asyncio

async def numbers(tag):
    try:
        for i in range(5):
            await asyncio.sleep(0)
            yield i
    finally:
        print(tag, "closed")

async def main():
    async for n in numbers("temp"):
        if n == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    total = [x async for x in numbers("full")]
    print(total)
    g = numbers("aclose")
    print(await g.__anext__())
    await g.aclose()
    print("end of main")

asyncio.run(main())
print("after run")
