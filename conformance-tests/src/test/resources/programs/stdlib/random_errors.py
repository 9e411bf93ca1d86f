# random's error messages.
import random

r = random.Random(0)


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(r.randrange, 0)
attempt(r.randrange, -3)
attempt(r.randrange, 5, 5)
attempt(r.randrange, 5, 1)
attempt(r.randrange, 0, 10, 0)
attempt(r.randrange, 10, 0, 2)
attempt(r.randrange, 0, 10, -1)
attempt(r.randrange, 10, step=2)
attempt(r.randrange, 'a')
attempt(r.randint, 1.5, 3)
attempt(r.randint, 3, 1)
attempt(r.choice, [])
attempt(r.choice, '')
attempt(r.sample, [1, 2], 3)
attempt(r.sample, [1, 2], -1)
attempt(r.sample, {1, 2}, 1)
attempt(r.sample, 'abc', 2, counts=[1, 2])
attempt(r.sample, 'abc', 2, counts=[0, 0, 0])
attempt(r.sample, 'abc', 2, counts=[1.0, 1, 1])
attempt(r.choices, 'abc', [1, 2])
attempt(r.choices, 'abc', 5)
attempt(r.choices, 'abc', [1, 1, 1], cum_weights=[1, 2, 3])
attempt(r.choices, 'abc', [0, 0, 0])
attempt(r.choices, 'abc', [1, float('inf'), 1])
attempt(r.choices, [], k=1)
attempt(r.seed, [1, 2])
attempt(r.seed, {})
attempt(r.getrandbits, -1)
attempt(r.getrandbits, 1.0)
attempt(r.getrandbits, 2**40)
attempt(r.randbytes, -1)
attempt(random.Random, 1, 2)
attempt(r.gammavariate, -1, 1)
