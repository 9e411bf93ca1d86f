print({n % 4 for n in [7, 3, 11, 2, 6, 0]}, sorted({s.lower() for s in ["A", "a", "B"]}))
