# sum() over a float quotient times a list element, one `for` over a range: the tests that the
# function, its arguments, the list and the sum allow the fast loop are made once per run of float
# elements, so everything below that may run Python code in the loop must make them tested again:
# rebinding or resizing the list, rebinding the free argument, list subclasses, float subclasses,
# big ints, ranges at the guard's bounds, zero divisors before and after user code, StopIteration.
# (The function rebound mid-loop: modules/sum_hoisted_rebind.py.)


def q(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def z(i, j):
    return 3.0 / (i - j + 1)


def zz(i, j):
    return 0.0 / (i - j + 1)


def row(i, u, n):
    return sum(q(i, j) * u[j] for j in range(n))


def row_t(i, u, n):
    return sum(q(j, i) * u[j] for j in range(n))


log = []


class Hook:
    """An element whose __rmul__ runs an action and returns a float (or a value given)."""

    def __init__(self, action, value=0.5):
        self.action = action
        self.value = value

    def __rmul__(self, other):
        log.append(("rmul", other))
        self.action()
        return self.value


def show(label, value):
    print(label, repr(value), log[:])
    log.clear()


for u in ([1.0] * 5, [1, 2, 3, 4, 5], [0.5, -0.0, 2.0, 1e300, -3], [True, 2.5, False, 2**60, 2**53 + 1],
          [float("inf"), 1.0, float("-inf"), 1.0, 1.0], [float("nan")] + [1.5] * 4, [-0.0] * 5):
    show("row", [row(i, u, 5) for i in range(5)])
    show("row_t", [row_t(i, u, 5) for i in range(5)])


class F(float):
    pass


class G(float):
    def __rmul__(self, other):
        return G(other * 1000)

    def __radd__(self, other):
        return G(float(other) + 0.25)


show("float subclasses", row(1, [1.5, F(2.5), 3.5, G(2.0), 4.5, F(1.0)], 6))

# The list rebound, shrunk, grown or changed by an element.


def rebinding_list(n):
    u = [1.5, None, 2.5, 3.5, 4.5]

    def swap():
        nonlocal u
        u = [10.0] * n

    u[1] = Hook(swap)
    return sum(q(0, j) * u[j] for j in range(n))


show("list rebound", rebinding_list(5))

u = [1.5, 2.5, None, 3.5, 4.5]
u[2] = Hook(lambda: u.append(9.5))
show("list grown", row(1, u, 5))
u = [1.5, 2.5, None, 3.5, 4.5]
u[2] = Hook(lambda: u.__setitem__(3, 2**70))
show("element replaced by a big int", row(1, u, 5))
u = [1.5, 2.5, None, 3.5, 4.5]
u[2] = Hook(lambda: u.__setitem__(4, Hook(lambda: None, 7.0)))
show("element replaced by a hook", row(1, u, 5))
u = [1.5, 2.5, None, 3.5, 4.5]
u[2] = Hook(lambda: u.__delitem__(slice(3, None)))
try:
    row(1, u, 5)
except IndexError as e:
    show("list shrunk: IndexError", str(e))


# The free argument rebound by an element: to another int, to a float, to an int past the guard.
def rebinding_free(values):
    i = 1
    u = [1.5] * 8

    def step():
        nonlocal i
        i = values.pop(0)

    u[2] = Hook(step)
    u[5] = Hook(step)
    return sum(q(i, j) * u[j] for j in range(8))


show("free int rebound", rebinding_free([4, 0]))
show("free rebound to a float", rebinding_free([2.5, 3]))
show("free rebound past 2**25", rebinding_free([2**25 + 1, 2**25]))
show("free rebound to a bool", rebinding_free([True, -2]))


class Logged(list):
    def __getitem__(self, k):
        log.append(("getitem", k))
        return list.__getitem__(self, k)


class Plain(list):
    pass


show("list subclass", row(1, Logged([1.5, 2.5, 3.5]), 3))
show("plain list subclass", row(1, Plain([1.5, 2.5, 3.5]), 3))
show("tuple", sum(q(1, j) * t[j] for t in [(1.5, 2.5, 3.5)] for j in range(3)))
show("tuple, one generator", (lambda t: sum(q(1, j) * t[j] for j in range(3)))((1.5, 2.5, 3.5)))

# Ranges: negative, reversed, with steps, crossing the guard's bound 2**25, past 2**53.
big = [0.5] * 12
show("negative start", sum(q(2, j) * y for j in range(-6, 3) for y in [1.5]))
show("negative start, one generator", (lambda y: sum(q(2, j) * y for j in range(-6, 3)))(1.5))
show("reversed", sum(q(1, j) * big[j] for j in range(11, -1, -1)))
show("step 3", sum(q(1, j) * big[j] for j in range(0, 12, 3)))
show("step -4", sum(q(1, j) * big[j] for j in range(11, 0, -4)))
show("empty", sum(q(1, j) * big[j] for j in range(5, 5)))
show("empty reversed", sum(q(1, j) * big[j] for j in range(0, 5, -1)))
show("literal first argument", sum(q(3, j) * big[j] for j in range(12)))
show("literal second argument", sum(q(j, 0) * big[j] for j in range(12)))
show("no factor", sum(q(1, j) for j in range(12)))
show("name factor", (lambda y: sum(q(1, j) * y for j in range(12)))(2.5))
show("factor is the loop variable", sum(q(1, j) * j for j in range(12)))
show("loop variable twice", sum(q(j, j) * big[j] for j in range(12)))
for lo, hi in ((2**25 - 3, 2**25 + 2), (-(2**25) - 2, -(2**25) + 3), (2**31 - 2, 2**31 + 2)):
    show("bounds %d..%d" % (lo, hi), (lambda y: sum(q(0, j) * y for j in range(lo, hi)))(1.5))
    show("bounds, reversed", (lambda y: sum(q(0, j) * y for j in range(hi, lo, -1)))(1.5))
show("past 2**53", (lambda y: sum(q(0, j) * y for j in range(2**53 - 3, 2**53 - 1)))(1.5))
try:
    sum(q(0, j) * big[j] for j in range(2**70))
except IndexError as e:
    show("range past the list: IndexError", str(e))
try:
    sum(q(0, j) * big[j] for j in range(-(2**40), 1))
except IndexError as e:
    show("negative start past the list: IndexError", str(e))
show("list shorter than the range", sum(q(0, j) * big[j] for j in range(-12, 0)))


# Zero divisors: at the first, a middle and the last element; after and before an element
# whose __rmul__ logs; with the sum already infinite or NaN; with a 0.0 dividend.
def zrow(i, u, n):
    return sum(z(i, j) * u[j] for j in range(n))


def zzrow(i, u, n):
    return sum(zz(i, j) * u[j] for j in range(n))


for i, u in ((-1, [1.5] * 6), (2, [1.5] * 6), (4, [1.5] * 6), (2, [1.5, Hook(lambda: None), 2.5, 3.5, 4.5, 5.5]),
             (0, [1.5, 2.5, 3.5, Hook(lambda: None), 4.5, 5.5]), (3, [float("inf")] + [1.5] * 5),
             (3, [float("nan")] + [1.5] * 5), (3, [float("inf"), float("-inf")] + [1.5] * 4), (9, [float("inf")] * 6)):
    try:
        show("zero divisor %d" % i, zrow(i, u, 6))
    except ZeroDivisionError as e:
        show("ZeroDivisionError %d" % i, str(e))
    try:
        show("zero dividend %d" % i, zzrow(i, u, 6))
    except ZeroDivisionError as e:
        show("ZeroDivisionError (0.0) %d" % i, str(e))


# StopIteration from an element's __rmul__ becomes RuntimeError; from sum's `+`, it stays.
def stop():
    raise StopIteration("stop")


class StopAdd:
    def __rmul__(self, other):
        return self

    def __radd__(self, other):
        raise StopIteration("add")


try:
    row(0, [1.5, 2.5, Hook(stop), 3.5], 4)
except RuntimeError as e:
    show("RuntimeError", (str(e), repr(e.__cause__)))
try:
    row(0, [1.5, 2.5, StopAdd(), 3.5], 4)
except StopIteration as e:
    show("StopIteration", str(e))


# sum shadowed by a local, and by a parameter.
def shadowed(u, n):
    sum = lambda g: [round(x, 6) for x in g]
    return sum(q(1, j) * u[j] for j in range(n))


def parameter(u, n, sum=max):
    return sum(q(1, j) * u[j] for j in range(n))


show("sum shadowed", shadowed([1.5, 2.5, 3.5], 3))
show("sum as a parameter", parameter([1.5, 2.5, 3.5], 3))
