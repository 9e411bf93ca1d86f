print(abs(-2.5), abs(-0.0), abs(float("-inf")))
print(-(1.0), +(-0.0), -(-0.0))
print(max(1, 1.0), max(1.0, 1), min(1, True), type(min(1, True)).__name__)
