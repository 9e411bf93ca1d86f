# getstate/setstate round trips, the state's shape, setstate's checks; subclasses of Random.
import random

r = random.Random(8)
r.gauss()
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2], state[1][:3])
first = [r.random() for _ in range(5)] + [r.gauss() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(5)] + [r.gauss() for _ in range(3)])
other = random.Random()
other.setstate(state)
print(other.random() == random.Random(8).random())
random.seed(3)
s = random.getstate()
x = random.random()
random.setstate(s)
print(x == random.random())
# version 2 states are reduced modulo 2**32.
v2 = (2, tuple(w - 2**32 if w > 2**31 else w for w in state[1][:-1]) + (state[1][-1],), None)
other.setstate(v2)
print(other.getstate()[1] == state[1])
for bad in [(4, (), None), (3, (1, 2, 3), None), (3, [0] * 625, None), (3, (0,) * 624 + (625,), None),
            (3, (0,) * 624 + (-1,), None), (3, (-1,) * 625, None), (3, (2**64,) * 625, None), (3, (1.5,) * 625, None)]:
    try:
        other.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
other.setstate((3, (2**40,) * 624 + (624,), None))
print(other.getstate()[1][:2])


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


class Counting(random.Random):
    calls = 0

    def random(self):
        Counting.calls += 1
        return super().random()


d = Dice(12)
print([d.roll() for _ in range(10)], isinstance(d, random.Random), vars(d))
c = Counting(5)
print(c.choice('abcdef'), c.randrange(10), Counting.calls, Counting._randbelow is Counting._randbelow_without_getrandbits)
print(c.shuffle([1, 2, 3]), Counting.calls)
