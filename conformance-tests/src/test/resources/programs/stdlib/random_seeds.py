# Seeded generators reproduce CPython's sequences: ints (any size, negative), floats, str, bytes.
import random

seeds = [0, 1, 42, -5, 2**32 - 1, 2**32, 2**100, -(2**64) + 3, 10**40 + 7, True, 1.5, -2.25, 0.0, 1e300,
         'hello', '', 'ünïcode 😀', b'bytes', b'']
for s in seeds:
    random.seed(s)
    draws = [random.random() for _ in range(3)]
    bits = [random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 53, 64, 100, 257)]
    print(repr(s), draws, bits)

# Thousands of draws per seed, summed and mixed: one wrong word changes the totals.
for s in [0, 7, 123456789, 2**70 + 1, 'seed']:
    r = random.Random(s)
    total = 0
    mix = 0
    for i in range(3000):
        total += r.random()
        mix = (mix * 31 + r.getrandbits(40) + r.randrange(1, 1000)) % (2**61 - 1)
    print(repr(s), total, mix)

# version=1 string seeding and the hash of other seeds.
r = random.Random()
r.seed('abc', version=1)
print(r.random())
r.seed(b'abc', version=1)
print(r.random())
r.seed(2**64 + 5, version=1)
print(r.random())
# Independent instances, and the module's own generator untouched by them.
random.seed(99)
a, b = random.Random(5), random.Random(5)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)], a.random() == b.random())
print(random.random())
print(vars(a))
