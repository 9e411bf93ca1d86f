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
    return a * b * c


def truth(n):
    if n:
        return "yes"
    return "no"


def index(xs, i):
    return xs[i] + xs[i - 1]


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
