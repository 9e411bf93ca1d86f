grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[1, 2], grid[(2, 0)], (3, 3) in grid, len(grid))
grid[(1, (2, 3))] = "nested"
print(grid[1, (2, 3)], list(grid)[-1])
