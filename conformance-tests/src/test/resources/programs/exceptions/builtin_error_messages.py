tests = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 // 0,
    lambda: [][0],
    lambda: ()[1],
    lambda: {}["k"],
    lambda: {}[1, 2],
    lambda: "x" + 1,
    lambda: 1 + [],
    lambda: [] < 1,
    lambda: len(5),
    lambda: int("x"),
    lambda: float("y"),
    lambda: [].index(3),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: object().x,
    lambda: "abc"[1:2:0],
    lambda: -1 ** 0.5 + [],
    lambda: abs("s"),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
