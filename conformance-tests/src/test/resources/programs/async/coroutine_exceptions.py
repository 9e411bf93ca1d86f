async def fail():
    raise ValueError("async failure")
async def main():
    try:
        await fail()
    except ValueError as e:
        return f"caught {e}"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
c2 = fail()
try:
    c2.send(None)
except ValueError as e:
    print("propagated:", e)
