def f():
    [last := c for c in "xyz"]
    return last
print(f())
def g():
    data = [[1, 2], [3]]
    return [[(z := v) for v in row] for row in data], z
print(g())
