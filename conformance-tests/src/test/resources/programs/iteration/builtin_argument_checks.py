# enumerate()'s start is taken through __index__ (a float is refused, True counts from 1),
# sum() refuses bytes as start, iter(v, w) wants a callable v.
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)

class Two:
    def __index__(self):
        return 2

t(lambda: list(enumerate("ab", start=1.5)))
t(lambda: list(enumerate("ab", True)))
t(lambda: list(enumerate("ab", Two())))
t(lambda: list(enumerate("ab", 2**70)))
t(lambda: list(enumerate("ab", "1")))
t(lambda: sum([b"a"], b""))
t(lambda: sum([], b""))
t(lambda: sum([[1]], []))
t(lambda: sum(["a"], ""))
t(lambda: iter(5, 0))
t(lambda: iter([1, 2], 2))
t(lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)))
