print([(i, j) for i in range(3) for j in range(i, 3) if (i + j) % 2 == 0])
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row if v != 4])
print({i * j for i in range(3) for j in range(3)})
