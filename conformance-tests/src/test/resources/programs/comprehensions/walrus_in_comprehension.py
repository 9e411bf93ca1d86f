data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5], y)
total = 0
running = [total := total + x for x in data]
print(running, total)
print(any((hit := v) > 4 for v in data), hit)
