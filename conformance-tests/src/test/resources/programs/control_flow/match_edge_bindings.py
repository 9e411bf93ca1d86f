# Bindings: nothing is bound by a failed pattern, a failing guard keeps the bindings,
# alternatives bind the same names, names leak into functions, class bodies and loops.
def partial(v):
    match v:
        case [x, 2]:
            return f"matched {x}"
        case _:
            pass
    try:
        return f"x leaked {x}"
    except NameError as e:
        return f"NameError: {e}"


print(partial([1, 2]))
print(partial([1, 3]))


def guard_keeps(v):
    match v:
        case (a, b) if a > b:
            return "desc"
        case _:
            return f"guard failed, a={a} b={b}"


print(guard_keeps((3, 1)))
print(guard_keeps((1, 3)))


def alternatives(v):
    match v:
        case [x, 1] | [1, x] | {"x": x}:
            return f"alt x={x}"
        case (0, y) | (y, 0) if y:
            return f"zero pair y={y}"
    return "none"


for v in ([5, 1], [1, 7], {"x": 9}, [1, 1], (0, 4), (4, 0), (0, 0), [2, 2]):
    print(repr(v), alternatives(v))


class Config:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, **rest}:
            extra = rest


print(Config.mode, Config.extra)


def counter():
    total = 0

    def add(item):
        nonlocal total
        match item:
            case int(total):
                pass
            case [*_]:
                total += len(item)

    add(5)
    add([1, 2, 3])
    return total


print(counter())

found = []
for item in [1, "stop", [2, 3], None, "skip", (4,), {"k": 1}]:
    match item:
        case "stop":
            found.append("s")
            continue
        case "skip":
            break
        case [first, *_]:
            found.append(first)
        case None:
            found.append("none")
        case _:
            found.append("other")
else:
    found.append("no break")
print(found)


def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case str() as s:
                yield s.upper()


print(list(gen([("a", 1), "b", ("c", 2), 3])))

match 42:
    case n if (doubled := n * 2) > 50:
        print("walrus", n, doubled)
print(n, doubled)
