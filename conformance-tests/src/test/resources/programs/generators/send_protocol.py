def averager():
    total, count, avg = 0, 0, None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
print(next(a), a.send(10), a.send(20), a.send(0))
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
