class Counter:
    def __init__(self, start):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
    def __repr__(self):
        return f"Counter({self.n})"

def square(x):
    return x * x

def total(xs):
    return sum(xs)

def boom():
    raise KeyError("missing")

SCALE = 2.0


def append_all(xs, more):
    for m in more:
        xs.append(m)


def put(d, k, v):
    d[k] = v


CONSTANT = (1, "a")
