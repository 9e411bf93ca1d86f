pairs = [(1, "a"), ("a", 1.5), ([], {}), (None, None), ((1,), [1])]
for a, b in pairs:
    for op in ("+", "-", "*", "<", "@"):
        try:
            r = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "<": lambda: a < b, "@": lambda: a @ b}[op]()
            print(op, "ok", r)
        except TypeError as e:
            print(op, e)
