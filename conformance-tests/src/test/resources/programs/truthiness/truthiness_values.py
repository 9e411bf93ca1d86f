vals = [0, 1, -1, 0.0, -0.0, 0.5, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), None, True, False, range(0), range(1), float("nan")]
print([bool(v) for v in vals])
print([("T" if v else "F") for v in vals])
