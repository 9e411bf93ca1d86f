from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name * 2
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("bad")
except ValueError as e:
    print("caught", e)
with suppress(IndexError):
    [][1]
print("after suppress")
