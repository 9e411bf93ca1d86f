def counter(start):
    while True:
        start += 1
        yield start
a, b = counter(0), counter(100)
print(next(a), next(b), next(a), next(a), next(b))
print([next(a) for _ in range(3)])
