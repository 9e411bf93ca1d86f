print(sum(x * x for x in range(4)), "-".join(str(i) for i in range(3)), max((c for c in "hello"), key=ord))
print(sorted((x % 3, x) for x in range(7)), dict((k, len(k)) for k in ["a", "bb"]))
