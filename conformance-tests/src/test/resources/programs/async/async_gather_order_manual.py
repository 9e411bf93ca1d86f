import asyncio
async def job(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    return f"{name}:{n}"
async def main():
    return await asyncio.gather(job("slow", 3), job("fast", 1), job("mid", 2))
print(asyncio.run(main()))
