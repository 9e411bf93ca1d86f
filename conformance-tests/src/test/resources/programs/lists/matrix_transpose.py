m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([list(r) for r in zip(*m)])
print([[row[i] for row in m] for i in range(3)])
print(sum(sum(r) for r in m), [sum(c) for c in zip(*m)], max(map(max, m)))
