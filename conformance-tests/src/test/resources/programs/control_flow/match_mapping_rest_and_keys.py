config = {"host": "h", "port": 80, "debug": True}
match config:
    case {"host": host, "port": int(port), **others}:
        print(host, port, others)
match {1: "one", -2.5: "float", "k": None}:
    case {1: a, -2.5: b, "k": None}:
        print(a, b)
