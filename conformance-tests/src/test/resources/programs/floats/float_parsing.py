for s in ("3.14", "  -2.5e3 ", "1_000.5", ".5", "5.", "1e500", "-1e500", "nan", "-inf", "infinity", "0x10"):
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print("ValueError:", e)
