def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra {sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case _:
            return "not an event"
for e in ({"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": 1}, {"type": "scroll"}, {"x": 1}, [1]):
    print(handle(e))
