# sum() over calls of a function that returns a float quotient of int arithmetic (the raw-double
# entry point): integral and -0.0 results, every kind of factor, guard misses, rebinding, errors.
def q(i, j):
    """Reciprocal of a triangular-number expression."""
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def shifted(i, j):
    return 3.0 / (i - j)


def plain(n):
    return 2.0 / (n + 1)


def early():
    return sum(q(i, 1) * 2 for i in range(3))


print(early())
print(sum(q(i, j) for i in range(4) for j in range(4)))
print(sum(q(0, 0) for _ in range(5)), type(sum(q(0, 0) for _ in range(5))).__name__)
print(sum(plain(n) for n in range(0, 5, 2)))
print(repr(sum(plain(1) * -0.0 for _ in range(3))))
print(repr(sum(plain(1) * 0 for _ in range(3))))
print(repr(sum(plain(1) for _ in range(0))))

for u in ([1.0] * 4, [1, 2, 3, 4], [0.5, 2.0, -3, 1e300], [True, False, 2, 3.25], [2**60, 1, 1, 1],
          [float("inf"), 1.0, 1.0, 1.0], [float("nan"), 1.0, 1.0, 1.0], [-0.0, -0.0, -0.0, -0.0]):
    print(u[:2], repr(sum(q(i, j) * u[j] for i in range(4) for j in range(4))))


class W:
    def __init__(self, v):
        self.v = v

    def __rmul__(self, other):
        return W(("mul", other, self.v))

    def __radd__(self, other):
        return W(("radd", other, self.v))

    def __add__(self, other):
        return W(("add", self.v, other))

    def __repr__(self):
        return "W(%r)" % (self.v,)


print(sum(plain(1) * x for x in [2.0, W(1), 3.5]))
print(sum(plain(1) * x for x in [W(1), 2.0]))

for bad in ([None], ["s"], [[1]]):
    try:
        print(sum(plain(0) * x for x in bad))
    except TypeError as e:
        print("TypeError:", e)

try:
    print(sum(shifted(i, 2) for i in range(5)))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

total = 0.0
try:
    total = sum(shifted(2, j) * 1.5 for j in range(1, 4))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, total)

# Arguments outside the guard's range, floats, bools and big ints take the ordinary call.
print(sum(q(i, j) for i in (2**25, 2**25 + 1, -(2**25) - 3) for j in (0, 1)))
print(sum(q(i, 1) for i in (0.5, True, 2**70)))
print(sum(plain(n) for n in (1.5, False, 2**60)))


def gen_raises():
    for i in range(3):
        if i == 2:
            raise StopIteration
        yield i


try:
    print(sum(q(i, 0) * i for i in gen_raises()))
except RuntimeError as e:
    print("RuntimeError:", e)


def other(i, j):
    return "x%d%d" % (i, j)


def run():
    return sum(len(q(i, j)) if isinstance(q(i, j), str) else q(i, j) for i in range(2) for j in range(2)), \
        sum(q(i, 1) * 1.0 for i in range(3))


print(run())
