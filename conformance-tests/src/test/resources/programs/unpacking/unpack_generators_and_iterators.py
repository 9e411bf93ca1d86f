def gen():
    print("start")
    yield 1
    yield 2
a, b = gen()
print(a, b)
first, *others = iter(range(4))
print(first, others)
(a, b), c = zip("xy", "12"), 0
print(a, b, c)
