# Number fast paths inside functions: locals, temporaries, literals, every fallback.
import math


def arith(a, b):
    out = []
    for x, y in ((a, b), (b, a)):
        out.append(x + y)
        out.append(x - y)
        out.append(x * y)
        try:
            out.append(x / y)
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
        try:
            out.append(x // y)
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
        try:
            out.append(x % y)
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
        out.append(-x)
        out.append(x < y)
        out.append(x <= y)
        out.append(x > y)
        out.append(x >= y)
        out.append(x == y)
        out.append(x != y)
    return out


values = [0, 1, -1, 2, -7, 3, 7, 2**53 - 1, -(2**53 - 1), 2**53, 2**60, -(2**60), 0.5, -0.5, 1.5, 0.0, -0.0,
          1.0, 2.0, 1e300, -1e300, 1e-300, 3.25, float("inf"), float("-inf"), float("nan"), True, False,
          9007199254740991.5, 4503599627370495.5]
for a in values:
    for b in values:
        print(repr(a), repr(b), [repr(v) for v in arith(a, b)])


def literals(x):
    r = []
    r.append(x + 1)
    r.append(1 + x)
    r.append(x - 1)
    r.append(x * 2)
    r.append(x * 0)
    r.append(x * -1)
    r.append(0.5 + x)
    r.append(x + 0.5)
    r.append(1.0 * x)
    r.append(x - 1.0)
    r.append(2.0 / (x if x else 1))
    try:
        r.append(1.0 / x)
    except ZeroDivisionError as e:
        r.append(str(e))
    try:
        r.append(x / 2)
    except TypeError as e:
        r.append(str(e))
    r.append(x // 2)
    r.append(x % 2)
    r.append(x // 3)
    r.append(x % 3)
    r.append(x // -2)
    r.append(x % -2)
    r.append(x // 2.0)
    r.append(x % 2.5)
    r.append(x < 1)
    r.append(1 < x)
    r.append(x == 1.0)
    r.append(x != 2)
    r.append(-x)
    return r


for v in [0, 1, -1, 2, -3, 5, 2**53 - 1, 2**53, -(2**53), 0.5, -0.25, 2.0, -0.0, 1e308, True, False, float("nan")]:
    print(repr(v), [repr(x) for x in literals(v)])


def powers(x):
    r = []
    if not x < 0:
        r.append(x ** 0.5)
    try:
        r.append(x ** 2)
    except Exception as e:
        r.append(type(e).__name__ + ": " + str(e))
    return r


for v in [0, 1, 2, 4, 9, -4, 0.25, 2.0, 1e200, 1e-200, -0.0, -1.5, float("inf"), float("nan"), 2**30, 2**27 + 1,
          94906267, 2**53, True, 1.5]:
    print(repr(v), [repr(x) for x in powers(v)])


def compare_huge(n, f):
    return [n < f, n <= f, n > f, n >= f, n == f, n != f, f < n, f == n, n < f < n + 1, n - 1 < n < f]


for n, f in [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (9007199254740993, 9007199254740992.0), (2**1000, math.inf),
             (10, 10.0), (3, 2.5), (-1, float("nan"))]:
    print(compare_huge(n, f))


def overflow():
    x = 2**52
    y = x + x
    z = y + y
    w = 3 * z
    s = -w
    t = 94906266 * 94906266
    u = 94906267 * 94906267
    i = 9007199254740991
    i += 1
    j = -9007199254740991
    j -= 1
    k = 2**26
    k *= k
    k *= k
    return [y, z, w, s, t, u, i, j, k, type(i).__name__, y - z + z]


print(overflow())


class MyList(list):
    def __getitem__(self, i):
        return 1000 + i

    def __setitem__(self, i, v):
        print("set", i, v)

    def __len__(self):
        return 42


def indexing(xs):
    r = []
    for i in range(-len(xs) - 1, len(xs) + 1):
        try:
            r.append(xs[i])
        except IndexError as e:
            r.append("IndexError: " + str(e))
    for k in [True, False, 1.0, 0.5, "a", 2**60, None]:
        try:
            r.append(xs[k])
        except (IndexError, TypeError) as e:
            r.append(type(e).__name__ + ": " + str(e))
    try:
        xs[len(xs)] = 1
    except (IndexError, TypeError) as e:
        r.append(str(e))
    if len(xs) > 1 and not isinstance(xs, (tuple, str)):
        xs[0] = xs[1]
        xs[-1] = 99
        xs[1] += 5
        xs[0] *= 0.5
    r.append(len(xs))
    return r


print(indexing([10, 20, 30]))
print(indexing(MyList([1, 2, 3])))
print(indexing((4, 5, 6)))
print(indexing("abc"))
print(indexing([]))
d = {0: "zero", 1: "one", True: "t"}
print(d[0], d[1], d[1.0])


def order():
    log = []

    def v(name, value):
        log.append(name)
        return value

    xs = [0, 0, 0]
    xs[v("key", 1)] = v("value", 5)
    a = v("a", 1) + v("b", 2) * v("c", 3)
    ok = v("x", 1) < v("y", 2) < v("z", 3)
    short = v("p", 5) < v("q", 2) < v("r", 3)
    return log, xs, a, ok, short


print(order())


def walrus(n):
    r = []
    r.append(n + (n := n + 10))
    r.append(n < (n := 0) < 5)
    r.append(n)
    return r


print(walrus(3))


def truth(vals):
    r = []
    for v in vals:
        x = v
        if x:
            r.append("T")
        else:
            r.append("F")
        while x:
            x = 0
        r.append(x)
    return r


print(truth([0, 1, -1, 0.0, -0.0, 0.5, float("nan"), None, [], [0], "", "a", 2**70, True, False]))


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return Vec(self.x + (o.x if isinstance(o, Vec) else o))

    def __radd__(self, o):
        return Vec(o + self.x)

    def __lt__(self, o):
        return "lt-result"

    def __neg__(self):
        return Vec(-self.x)

    def __repr__(self):
        return f"Vec({self.x})"


def objects(a, b):
    s = a + b
    t = 1 + a
    a += 2
    return [s, t, a, -b, b < a, a < 3 < 4]


print(objects(Vec(1), Vec(2)))
print(["a" + "b", "ab" * 2, 3 * "x", [1] * 2, (1,) + (2,), "%d" % 5])


def acc(n):
    total = 0
    f = 0.0
    for i in range(n):
        total += i * i
        f += i / 3
    return total, f, f / n


print(acc(1000))


G = 1


def bump():
    global G
    G = 100
    return 1


def aug_global():
    global G
    G += bump()
    a = G + bump()
    return G, a


def outer():
    c = 1

    def inner():
        nonlocal c
        c = 50
        return 1

    c += inner()
    d = c + inner()
    e = c < inner() + 60
    return c, d, e


print(aug_global(), outer())


def floats_in_sum(n):
    return sum(x / 2 for x in range(n)), sum(0.5 for _ in range(4)), sum(i for i in range(n) if i % 2), sum(x for x in [])


print(floats_in_sum(7))


def stop_in_genexpr():
    it = iter([1, 2])
    try:
        return sum(next(it) for _ in range(5))
    except RuntimeError as e:
        return "RuntimeError: " + str(e) + " / " + type(e.__cause__).__name__


print(stop_in_genexpr())


def slices(xs):
    r = [xs[:], xs[1:], xs[:-1], xs[::-1], xs[3::-1], xs[-2::-1], xs[:1:-1], xs[10:], xs[-10:2], xs[2:1], xs[::2],
         xs[True:], xs[None:None]]
    ys = list(xs)
    ys[1:3] = "abc"
    ys[:0] = [0]
    ys[-1:] = []
    ys[5:1] = [9]
    zs = list(xs)
    zs[:] = zs[::-1]
    return r, ys, zs


print(slices([1, 2, 3, 4, 5]))
print(slices((1, 2, 3, 4, 5))[0])
print(slices("hello")[0])


class Stopper:
    def __radd__(self, other):
        raise StopIteration("from radd")


def sum_stop():
    try:
        return sum(x for x in [Stopper()])
    except StopIteration as e:
        return "StopIteration " + str(e)
    except RuntimeError as e:
        return "RuntimeError " + str(e)


print(sum_stop())
