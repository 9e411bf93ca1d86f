# `for x in NAME:` where NAME holds a range (counted without an iterator) or anything else.
import sys

R = range(4)
# Names the module assigns range() calls to get the counting loop beside the iterator loop.
values = r = range(1)


def total(values):
    out = []
    for v in values:
        out.append(v * 2)
    return out


for value in [range(5), range(2, 11, 3), range(10, 0, -2), range(0), range(5, 1), range(-3, 3),
              [1, 2, 3], (4, 5), "abc", {"k": 1, "j": 2}, {7}, iter([8, 9]), (i for i in range(3)),
              range(2 ** 53 - 3, 2 ** 53 + 3), range(-2 ** 53 - 2, -2 ** 53 + 3),
              range(2 ** 64, 2 ** 64 + 3), range(0, 2 ** 60, 2 ** 58), range(3, -2 ** 54, -2 ** 52),
              range(-(2 ** 53) + 1, -(2 ** 53) - 2, -1), range(True, 4)]:
    try:
        print(type(value).__name__, total(value))
    except TypeError as e:
        print("TypeError", e)


def with_else(r, stop):
    for i in r:
        if i == stop:
            print("break at", i)
            break
        if i % 2:
            continue
        print("even", i)
    else:
        print("no break, last", i if len(r) else None)


with_else(range(6), 4)
with_else(range(6), 99)
with_else([0, 1, 2, 3, 4], 3)
with_else(range(0), 1)


def rebinding():
    r = range(3)
    seen = []
    for i in r:
        r = range(100)
        i = i * 10
        seen.append(i)
    print(seen, r, i)


rebinding()


def unbound_after_empty():
    r = range(0)
    for i in r:
        pass
    try:
        print(i)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


unbound_after_empty()


def unpack_ints():
    r = range(2)
    try:
        for a, b in r:
            print(a, b)
    except TypeError as e:
        print("TypeError", e)


unpack_ints()


def raising(r):
    try:
        for i in r:
            if i == 2:
                raise ValueError(i)
            print("item", i)
    except ValueError as e:
        print("ValueError", e)
    finally:
        print("finally")


raising(range(5))
raising([0, 1, 2, 3])


def try_break(r):
    for i in r:
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    print("after", i)


try_break(range(3))


class Seq:
    def __iter__(self):
        return iter(["x", "y"])


def module_level_range():
    s = []
    for i in R:
        s.append(i)
    return s


print(module_level_range())
R = Seq()
try:
    print(module_level_range())
except TypeError as e:
    print("TypeError", e)
R = [10, 20]
print(module_level_range())
R = range(1, 4)
print(module_level_range())
R = 5
try:
    print(module_level_range())
except TypeError as e:
    print("TypeError", e)
try:
    for k in undefined_name:
        pass
except NameError as e:
    print("NameError", e)
for q in Seq():
    print(q)
big = range(sys.maxsize - 2, sys.maxsize + 2)
print([i for i in big], list(big))
seen = []
for i in big:
    seen.append(i - sys.maxsize)
print(seen)
