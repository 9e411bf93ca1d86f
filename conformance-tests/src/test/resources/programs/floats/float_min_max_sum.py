data = [2.5, -1.25, 3, 7.75, 0.0, -0.0]
print(min(data), max(data), sum(data), sum(data) / len(data))
print(max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0))
print(sorted(data), sorted(data, reverse=True))
