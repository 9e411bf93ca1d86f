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

def mapped(d):
    return {k: [v, type(v).__name__] for k, v in d.items()}

def append_to(xs, v):
    xs.append(v)

def boom():
    raise KeyError("missing")
