# A function that calls itself fails at CPython's recursion limit (1000 frames, the module's
# included): the traceback shows the repeated frame three times, then the repeat count.
import sys

depth = 0


def dive():
    global depth
    depth += 1
    dive()


try:
    dive()
except RecursionError as e:
    print("default limit:", sys.getrecursionlimit(), "frames:", depth, e)

sys.setrecursionlimit(120)
depth = 0
try:
    dive()
except RecursionError as e:
    print("limit 120, frames:", depth)

for bad in (0, -5, 1.5, 2**40, 1):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError, RecursionError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)


def countdown(n):
    return countdown(n - 1) + 1


print(countdown(10))
