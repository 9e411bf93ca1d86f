# The recursion-depth count stays exact however frames end: returns with a value computed by
# calls, bare returns, falling off the end, lambdas, exceptions unwinding through many frames
# (caught far above, or raised while a return value is being computed), generators, and
# setrecursionlimit. `room()` counts how many more frames fit, which CPython fixes exactly.
import sys

reached = 0


def dive(n):
    global reached
    reached = n
    return dive(n + 1)


def room():
    global reached
    reached = 0
    try:
        dive(1)
    except RecursionError:
        pass
    return reached


def boom(n):
    if n == 0:
        raise ValueError("deep")
    return boom(n - 1) + 1


def bare(n):
    if n == 0:
        return
    bare(n - 1)


def falls_off(n):
    if n > 0:
        falls_off(n - 1)


lam = lambda n: 0 if n == 0 else 1 + lam(n - 1)


def lookup(n):
    return {}[n] if n == 0 else lookup(n - 1)


def half_done(n):
    # The first call returns, the second raises: the value is never complete.
    return sum_to(n) + boom(n)


def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)


def at(depth, f):
    # Calls f() from `depth` frames further down.
    return f() if depth == 0 else at(depth - 1, f)


base = room()
print("room", base)
print("room from 10 down", at(10, room), base - at(10, room))
for n in (1, 10, 500, 900):
    try:
        boom(n)
    except ValueError as e:
        print("boom", n, e, room() == base)
print(bare(800), falls_off(800), lam(800), room() == base)
for n in (0, 5, 700):
    try:
        lookup(n)
    except KeyError as e:
        print("lookup", n, repr(e), room() == base)
try:
    half_done(300)
except ValueError as e:
    print("half_done", e, room() == base)
for i in range(3):
    try:
        dive(0)
    except RecursionError as e:
        print(i, type(e).__name__, e, room() == base)


def gen(n):
    for i in range(n):
        yield sum_to(i)
    raise ValueError("from the generator")


def drain(n):
    total = 0
    for v in gen(n):
        total += v
    return total


try:
    drain(300)
except ValueError as e:
    print("drain", e, room() == base)

old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
small = room()
print("limit 120 room", small)
try:
    sum_to(200)
except RecursionError as e:
    print("sum_to(200)", e)
print("sum_to(100)", sum_to(100), room() == small)
try:
    at(50, lambda: boom(60))
except ValueError as e:
    print("at boom", e, room() == small)
sys.setrecursionlimit(old)
print("restored", room() == base)


def nested_returns(n):
    def inner(k):
        return k if k == 0 else inner(k - 1) + 1
    if n == 0:
        return inner(5)
    return nested_returns(n - 1)


print(nested_returns(100), room() == base)
