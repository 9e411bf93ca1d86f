# CPython's errors from class and mapping patterns; an exception raised while matching
# propagates out of the match statement.
def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]


class IntArgs:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("a", "a")

    def __init__(self):
        self.a = 1


class Keys:
    A = 1
    B = 1


def too_many():
    match NoArgs():
        case NoArgs(1):
            return "matched"


def not_a_tuple():
    match ListArgs():
        case ListArgs(1):
            return "matched"


def not_strings():
    match IntArgs():
        case IntArgs(1):
            return "matched"


def not_a_class():
    match 3:
        case len():
            return "matched"


def duplicate_attr():
    match Dup():
        case Dup(1, a=1):
            return "matched"


def missing_attr_no_error():
    match Dup():
        case Dup(b=1):
            return "matched"
    return "no match"


def builtin_two():
    match 5:
        case int(5, 6):
            return "matched"


def duplicate_key():
    match {1: "x", 2: "y"}:
        case {Keys.A: _, Keys.B: _}:
            return "matched"


def instance_first():
    match "not a Dup":
        case Dup(1, 2, 3):
            return "matched"
    return "isinstance fails before __match_args__ is checked"


def raising_eq():
    class Bad:
        def __eq__(self, other):
            raise ValueError("eq exploded")

    match Bad():
        case 1:
            return "matched"


for name, f in [("too_many", too_many), ("not_a_tuple", not_a_tuple), ("not_strings", not_strings),
                ("not_a_class", not_a_class), ("duplicate_attr", duplicate_attr),
                ("missing_attr_no_error", missing_attr_no_error), ("builtin_two", builtin_two),
                ("duplicate_key", duplicate_key), ("instance_first", instance_first), ("raising_eq", raising_eq)]:
    attempt(name, f)

match [1, 2]:
    case [a, b] if b / 0:
        print("unreachable")
