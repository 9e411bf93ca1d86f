from contextlib import contextmanager
@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)
with swallow(ZeroDivisionError):
    1 / 0
with swallow(KeyError):
    print("no error")
print("after")
