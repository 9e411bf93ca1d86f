def f(v):
    match v:
        case (1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_] as whole:
            return f"letter {letter} in {whole}"
        case {"k": [1, *_] as lst}:
            return f"list {lst}"
        case str() | bytes():
            return "text"
    return "no match"
for v in (1, 2, ["b", 9], {"k": [1, 2]}, "s", b"b", 3.5):
    print(f(v))
