# Functions whose int parameters are tested at entry run a specialised body; every other
# argument (floats, bools, big ints, ints past the guard's bounds, other types) runs the
# generic one. Both must give CPython's results.
import math


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mix(a, b):
    return (a * b - 7) // 3, (a * b - 7) % 5, a - b, -a, a * b, (a + b) % 4


def third(a, b=2, *, c=3):
    return a * b * c + 1


def truth(n):
    if n and n != -5:
        return "yes"
    return "no"


def index(xs, i):
    return xs[i] + xs[i - 1]


def concat(s, t):
    # No int evidence: a single body.
    return s + t


def countdown(n):
    """A docstring, a loop and a try in the specialised body."""
    total = 0
    k = n
    while k > 0:
        try:
            total += 100 // (k - 3) + n % 3
        except ZeroDivisionError:
            total -= 1000
        k -= 1
    return total


print(fib(20), fib(0), fib(1), fib(-3))
print(fib(10.0), fib(True), fib(2.5))
print(eval_a(0, 0), eval_a(3, 4), eval_a(1000, 2000))
print(eval_a(2**25, 2**25), eval_a(2**25 + 1, 7), eval_a(-(2**25), 2**25))
print(eval_a(2**31 - 1, 2**31 - 1), eval_a(-(2**31), 5), eval_a(2**40, 2**41))
print(eval_a(1.5, 2), eval_a(True, False))
for a, b in [(0, -3), (-3, 0), (7, 9), (-7, 9), (2**25, 2**25), (2**31 - 1, -(2**31)), (2**31, 3), (-(2**53), 1), (10**20, 3)]:
    r = mix(a, b)
    print(a, b, r, [math.copysign(1, x) for x in r])
print(mix(2.5, -2), mix(True, True), mix(-0.0, 3))
print(third(4), third(4, 5), third(4, c=10), third(2**30, 2**30, c=2**30), third(1.5))
print(truth(0), truth(5), truth(-1), truth(0.0), truth(""), truth([1]))
print(index([1, 2, 3], 2), index([1, 2, 3], 0), index([1.5, 2.5], 1), index("abc", 1))
print(concat("a", "b"), concat([1], [2]), concat(1, 2), concat(0.5, 0.5))
print(countdown(6), countdown(6.0), countdown(-(2**40)), countdown.__doc__, countdown.__name__, countdown.__qualname__)


class Grid:
    def __init__(self, w):
        self.w = w

    def cell(self, x, y):
        return y * self.w + x + 1

    def scaled(self, k):
        return [v * k - 1 for v in range(self.w)]


g = Grid(7)
print(g.cell(2, 3), g.cell(2.5, 3), g.cell(-1, 2**40), Grid.cell(g, 1, 1), g.scaled(3))
try:
    print(mix("ab", 2))
except TypeError as e:
    print("TypeError:", e)
try:
    eval_a(-1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Rebinding the global name takes effect inside the guarded body's recursive calls.
slow_fib = fib


def other(n):
    return 100


fib = other
print(slow_fib(5))
fib = slow_fib
print(fib(15))
