rows = [("x", 1.5), ("longer", 22.25), ("mid", -3.0)]
w = max(len(n) for n, _ in rows)
for n, v in rows:
    print(f"{n:<{w}} | {v:>8.3f} | {v:+09.2f} | {v!r:>6}")
