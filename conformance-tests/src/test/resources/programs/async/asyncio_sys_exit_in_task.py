# sys.exit inside a task leaves asyncio.run at once (other tasks are cancelled, their finally
# blocks run) and exits with its status.
import asyncio
import sys

async def bystander():
    try:
        await asyncio.sleep(10)
    finally:
        print("bystander finally")

async def main():
    asyncio.create_task(bystander())
    await asyncio.sleep(0)
    try:
        print("exiting")
        sys.exit(3)
    finally:
        print("main finally")

asyncio.run(main())
print("not reached")
