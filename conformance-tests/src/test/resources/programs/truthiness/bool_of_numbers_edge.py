for v in (0, -0, 0.0, -0.0, 1e-300, float("nan"), float("inf"), 2 ** 100, -(2 ** 100)):
    print(repr(v), bool(v))
