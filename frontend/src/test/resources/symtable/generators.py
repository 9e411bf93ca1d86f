def gen():
    x = yield 1
    yield from range(x)

async def coro(session):
    async with session as s:
        async for row in s:
            await row

def decorated(fn):
    @fn
    def inner(p=fn):
        return p
    return inner
