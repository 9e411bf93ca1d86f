# randrange, randint, choice, shuffle, sample (both algorithms), choices, randbytes after a seed.
import random

r = random.Random(2024)
print([r.randrange(10) for _ in range(15)])
print([r.randrange(-50, 50, 7) for _ in range(10)], [r.randrange(100, 0, -3) for _ in range(10)])
print([r.randint(1, 6) for _ in range(20)], r.randint(-10**30, 10**30), r.randrange(2**200))
print(r.choice('abcdefg'), r.choice([1, 2, 3]), r.choice(range(1000)), r.choice((None,)))
deck = list(range(52))
r.shuffle(deck)
print(deck)
words = 'the quick brown fox jumps over the lazy dog'.split()
r.shuffle(words)
print(words)
# sample: a pool for small populations, a set of picks for large ones.
print(r.sample(range(10), 10), r.sample(range(30), 5), r.sample(range(10**6), 8))
print(r.sample('abcdefghij', 4), r.sample(range(100), 0), r.sample(range(1000), 40)[:10])
print(r.sample(['red', 'blue'], counts=[4, 2], k=5))
# choices: equal weights, weights, cumulative weights, float and int weights.
print(r.choices('abc', k=10))
print(r.choices(range(5), weights=[1, 0, 3, 0.5, 2], k=10))
print(r.choices('xyz', cum_weights=[1, 1.5, 10], k=10))
print(r.choices([True, False], [0.9, 0.1], k=12))
print(r.choices('ab'))
print(r.randbytes(12), r.randbytes(0))
counts = [0] * 6
for _ in range(6000):
    counts[r.randint(1, 6) - 1] += 1
print(counts)
print(r.uniform(1, 2), r.uniform(5, -5), r.triangular(), r.triangular(0, 10, 8), r.triangular(3, 3))
total = 0.0
for _ in range(2000):
    total += r.uniform(-1, 1) + r.triangular(0, 1, 0.25)
print(total)
