import asyncio
async def agen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("agen finally")
async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.asend("sent"))
    await g.aclose()
asyncio.run(main())
