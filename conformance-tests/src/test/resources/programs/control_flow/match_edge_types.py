# Which subjects count as sequences and mappings, singletons versus equality, and the
# built-in classes that match themselves with one positional sub-pattern.
def kind(v):
    match v:
        case True:
            return "True"
        case None:
            return "None"
        case 1:
            return "one"
        case "":
            return "empty str"
        case []:
            return "empty sequence"
        case {}:
            return "mapping"
        case [_, _]:
            return "pair"
        case [*_]:
            return "sequence"
        case _:
            return "other"


for v in (True, 1, 1.0, False, 0, None, "", "ab", [], (), range(0), {}, {1: 2},
          [1, 2], (1, 2), range(2), "xy", {1, 2}, frozenset(), [1, 2, 3]):
    print(repr(v), kind(v))


class MyList(list):
    pass


class MySet(set):
    pass


class MyDict(dict):
    pass


def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case MySet(s):
            return f"MySet of {len(s)}"
        case int(i):
            return f"int {i}"
        case float(x):
            return f"float {x}"
        case str(s):
            return f"str {s!r}"
        case MyList([a, *rest]):
            return f"MyList {a} {rest}"
        case list(l):
            return f"list {l}"
        case tuple((a, b)):
            return f"tuple2 {a} {b}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
    return "unmatched"


for v in (False, MySet([3]), 4, 2.5, "s", MyList([1, 2, 3]), [7], (1, 2), (1, 2, 3), MyDict(k=5), {"k": 6}, {1}, frozenset({1, 2})):
    print(repr(v), builtin(v))

match (1, 2, 3):
    case [1, *rest]:
        print("star from tuple is a list:", rest, type(rest).__name__)

match {"a": 1, "b": 2, "c": 3}:
    case {"b": _, **rest}:
        print("rest keeps order:", rest)

match 0.0:
    case 0:
        print("0.0 == 0")

match -1:
    case -1:
        print("negative literal")

match 3:
    case 1 | 2:
        print("no")
    case (3 | 4) as n:
        print("as", n)
