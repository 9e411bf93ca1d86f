def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case "hello":
            return "greeting"
        case None:
            return "nothing"
        case True:
            return "true!"
        case float():
            return "a float"
        case _:
            return "other"
for v in (0, 2, -5, "hello", None, True, 1.0, 2.5, [1]):
    print(repr(v), describe(v))
