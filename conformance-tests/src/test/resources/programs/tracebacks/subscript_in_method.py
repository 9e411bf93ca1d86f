# A subscript failing in a method called through another method.
class Table:
    def __init__(self):
        self.rows = {"a": [1, 2, 3]}

    def cell(self, key, i):
        return self.rows[key][i]

    def last(self, key):
        return self.cell(key, 3) if key else None


t = Table()
print(t.cell("a", 2))
print(t.last("a"))
