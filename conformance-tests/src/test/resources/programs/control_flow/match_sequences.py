def shape(p):
    match p:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *rest] if len(rest) > 2:
            return f"long starting {first}, {len(rest)} more"
        case [_, _, *middle, last]:
            return f"middle {middle} last {last}"
        case _:
            return "?"
for v in ([], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], "ab", range(3)):
    print(repr(v), shape(v))
