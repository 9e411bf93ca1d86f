class Yield:
    def __await__(self):
        yield "tick"
async def task():
    try:
        await Yield()
        await Yield()
    except KeyError as e:
        print("task caught", repr(e))
        return "handled"
    finally:
        print("task finally")
c = task()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)
c2 = task()
c2.send(None)
c2.close()
print("closed")
