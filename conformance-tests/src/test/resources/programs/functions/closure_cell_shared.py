def make():
    cells = []
    for i in range(3):
        def get():
            return i
        cells.append(get)
    i = "final"
    return cells
print([c() for c in make()])
def acc():
    items = []
    return items.append, lambda: list(items)
push, snapshot = acc()
push(1); push(2)
print(snapshot())
