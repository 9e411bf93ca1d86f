def sub():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def main():
    result = yield from sub()
    yield f"sub returned {result}"
m = main()
next(m)
for v in (1, 2, 3):
    print(m.send(v))
print(m.send(None))
