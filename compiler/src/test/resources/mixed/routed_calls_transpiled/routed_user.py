import util
from util import square, Counter

def run():
    exec("x = 1")
    c = Counter(5)
    c.inc()
    c.inc(by=10)
    out = [square(3), square(2.5), util.SCALE, type(util.SCALE).__name__, repr(c), c.n]
    try:
        util.boom()
    except KeyError as e:
        out.append(("caught", repr(e)))
    return out

def total_of(xs):
    return util.total(xs)


def grow(xs, d):
    # Mutations a transpiled function makes to Python containers are seen here.
    util.append_all(xs, [4, 5])
    util.put(d, "k", 2.0)
    return xs, d, util.CONSTANT == util.CONSTANT
