# Routed: hashlib and decimal are not in the Taipan runtime, and eval() is refused.
import hashlib
from decimal import Decimal as D, getcontext

getcontext().prec = 6
print("helper loading")
counter = 0


class HelperError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class Point:
    ORIGIN = None

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return self.norm2() < o.norm2()

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)


Point.ORIGIN = Point(0, 0)
_one = Point(1, 1)


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def add(x, y=1):
    print("  add", repr(x), repr(y))
    return x + y


def half(n):
    return n / 2


def neg_zero():
    return -0.0


def inf():
    return float("inf")


def evaluate(expr):
    return eval(expr)


def some_bytes():
    return bytes([0, 255, 65])


def echo(v):
    return v


def describe(*values):
    return " ".join(type(v).__name__ for v in values)


def kinds(*args, **kwargs):
    return repr(args) + " " + repr(sorted(kwargs.items()))


def same_point(p):
    return p


def singleton():
    return _one


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def sort_in_place(items):
    items.sort()


def add_key(d, k, v):
    d[k] = v


def identity(x):
    return x


def first(x):
    return x[0]


def fail(msg):
    raise ValueError(msg)


def custom(c):
    raise HelperError(c)


def lookup(d, k):
    return d[k]


def divide(a, b):
    return a / b


def apply(f, *args, **kwargs):
    if kwargs.get("key", 1) is None:
        return f(*args)
    return f(*args, **kwargs)


def call_back(f):
    v = f()
    return (v, type(v).__name__)


def bump():
    global counter
    counter += 1
    return counter
