for v in (0, "", [], "a", [0], None, 0.0, -1):
    if v:
        print(repr(v), "truthy")
    elif v is None:
        print(repr(v), "None")
    elif v == 0:
        print(repr(v), "zero-ish")
    else:
        print(repr(v), "empty")
