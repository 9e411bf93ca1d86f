# Builtins that take exactly one argument check the count before any argument's type, after
# the arguments are evaluated.
def t(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)


t(lambda: len(1, 2))
t(lambda: len())
t(lambda: len([], 2))
t(lambda: abs(1, 2))
t(lambda: abs())
t(lambda: chr(1, 2))
t(lambda: ord("a", 1))
t(lambda: hash(1, 2))
t(lambda: id(1, 2))
t(lambda: callable(1, 2))
t(lambda: repr(1, 2))
t(lambda: ascii(1, 2))
t(lambda: hex(1, 2))
t(lambda: bin())
t(lambda: oct(1, 2, 3))


def noisy(x):
    print("evaluated", x)
    return x


t(lambda: len(noisy("a"), noisy("b")))
try:
    len(noisy(1), 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def shadowed():
    def len(*args):
        return args

    return len(1, 2)


print(shadowed())
print(len("abc"), abs(-2), chr(65), ord("A"), hex(255), oct(8), bin(5), repr("x"), callable(len))
