records = [("b", 2, 1.5), ("a", 2, 0.5), ("c", 1, 1.5), ("a", 1, 2.5), ("b", 1, 0.5)]
by_second = sorted(records, key=lambda r: r[1])
print(by_second)
print(sorted(by_second, key=lambda r: r[0]))
print(sorted(records, key=lambda r: (r[2], r[0]), reverse=True))
