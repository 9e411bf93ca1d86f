def g():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
it = g()
print(next(it), it.send("a"), it.send("b"))
try:
    it.send("c")
except StopIteration as e:
    print(e.value)
