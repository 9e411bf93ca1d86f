sq = {x: x * x for x in range(6) if x % 2}
print(sq)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
