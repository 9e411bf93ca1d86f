counter = 0

def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return inc, peek

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle

def bump():
    global counter
    counter += 1

def shadow(a, /, b, *args, c, d=2, **kw):
    a = lambda a: a + b
    return [a for a in args]
