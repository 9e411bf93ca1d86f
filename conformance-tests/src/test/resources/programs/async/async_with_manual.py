class ACM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True
async def main():
    async with ACM() as r:
        print("using", r)
        raise ValueError("suppressed by aexit")
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
