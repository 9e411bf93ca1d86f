def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib()):
    if i == 150:
        print(f)
        break
import itertools
print(list(itertools.islice(fib(), 10, 15)))
