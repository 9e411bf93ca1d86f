# str.split() with no separator on text whose only whitespace is the space (and on text with
# other whitespace), str(x) and int(x) of one argument, and tuple displays of constants.
for s in ["", " ", "   ", "a", " a", "a ", "  a  b   c  ", "one two three", "x" * 3 + " " * 4 + "y",
          "a\tb c", "a\nb", "a\u3000b c", "a\xa0b", "a\x1cb", "\U0001F600 \U0001F601", "é è"]:
    print(repr(s), s.split(), s.split(None), s.split(maxsplit=-1), s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(None, 0))
words = ("alpha beta " * 1000).split()
print(len(words), words[:3], words[-1])

class S:
    def __str__(self):
        return "S!"

class Bad:
    def __str__(self):
        return 3

class I:
    def __index__(self):
        return 7

for v in [None, True, False, 0, -12, 2 ** 80, 1.0, -0.0, 0.1, 1e16, float("inf"), "s", b"b", (1, "a"), [1], {1: 2}, S()]:
    print(str(v))
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
for v in [True, 3, -7, 3.9, -3.9, 2 ** 70, "12", " -4 ", "1_000", b"42", I()]:
    print(int(v))
for v in ["x", "1.5", None, [1], 1e400, float("nan")]:
    try:
        int(v)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(str(), int(), str("a", "utf-8") if False else "no decode", int("ff", 16), str(b"hi", "ascii"))


def shadowed():
    str = lambda x: "local " + repr(x)
    int = len
    return str(1), int("abc")


print(shadowed())


def constants():
    return (1, -2, 0.5, -0.25, "x", None, True, b"y", (3, (-4, "z")), ())


def same_constants():
    return (1, -2, 0.5, -0.25, "x", None, True, b"y", (3, (-4, "z")), ())


a = constants()
print(a, a is constants(), a == same_constants(), a[8] is constants()[8])
print([t for t in ((1, 0), (-1, 0), (0, 1), (0, -1))])
x = 2
print((x, 1) == (2, 1), (x, 1) is (x, 1), (1, 2.0), (-0.0, 1.0), (-1.5,), (1, 1.0, True))
