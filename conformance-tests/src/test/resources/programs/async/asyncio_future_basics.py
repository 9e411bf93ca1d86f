# Future: result/exception before and after completion, InvalidStateError, set_exception with a
# class, callbacks added after completion still run through the loop, remove_done_callback.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled(), repr(f))
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    def cb(fut):
        print("cb sees", fut.result())
    def unused(fut):
        print("never")
    f.add_done_callback(cb)
    f.add_done_callback(unused)
    f.add_done_callback(unused)
    print("removed", f.remove_done_callback(unused))
    f.set_result("value")
    print("set, callback pending", repr(f))
    try:
        f.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await asyncio.sleep(0)
    f.add_done_callback(lambda fut: print("late cb"))
    print("before late cb")
    await asyncio.sleep(0)
    g = loop.create_future()
    g.set_exception(KeyError)
    print(repr(g.exception()), repr(g))
    try:
        await g
    except KeyError as e:
        print("await raised", repr(e))
    h = loop.create_future()
    try:
        h.set_exception(StopIteration())
    except TypeError as e:
        print(e)
    print(h.cancel("why"), h.cancelled())
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    c = main()
    print(asyncio.isfuture(h), asyncio.isfuture(main), asyncio.iscoroutine(c), asyncio.iscoroutine(main))
    c.close()
    t = asyncio.ensure_future(asyncio.sleep(0, "ens"))
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), await t)
    print(asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)

asyncio.run(main())
