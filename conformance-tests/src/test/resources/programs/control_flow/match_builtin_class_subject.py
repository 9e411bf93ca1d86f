def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s) if s:
            return f"str {s}"
        case list([a, b]):
            return f"pair {a} {b}"
        case tuple((a, *_)):
            return f"tuple starting {a}"
        case dict():
            return "dict"
    return "other"
for v in (True, 7, "x", "", [1, 2], (9, 8), {}, [1]):
    print(kind(v))
