# The protocols a match statement calls, in CPython's order: __eq__ of the subject, __len__
# before unpacking, indexing for `*_`, `get` of dict subclasses, getattr for class patterns.
log = []


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        log.append(f"eq {self.name} {other!r}")
        return self.name == other

    def __hash__(self):
        return hash(self.name)


match Loud("b"):
    case "a":
        print("a")
    case "b":
        print("b")
print(log)
log.clear()


class TrackedList(list):
    def __len__(self):
        log.append("len")
        return super().__len__()

    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)

    def __iter__(self):
        log.append("iter")
        return super().__iter__()


t = TrackedList([1, 2, 3, 4])
match t:
    case [a, b]:
        print("two")
    case [a, *_, z]:
        print("ends", a, z)
print(log)
log.clear()
match t:
    case [a, *mid, z]:
        print("mid", mid)
print(log)
log.clear()


class LoggingDict(dict):
    def get(self, key, default=None):
        log.append(f"get {key}")
        return super().get(key, default)


match LoggingDict(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        print("z")
    case {"b": 2, "a": a, **rest}:
        print("a", a, "rest", rest)
print(log)
log.clear()


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self._x, self._y = x, y

    @property
    def x(self):
        log.append("x")
        return self._x

    @property
    def y(self):
        log.append("y")
        return self._y


match Point(1, 2):
    case Point(1, 3):
        print("no")
    case Point(x, y=2) if x:
        print("yes", x)
print(log)
log.clear()

match Point(1, 2):
    case Point(1, z=3):
        print("has z")
    case object(x=1):
        print("object with x")
print(log)
