class Counter:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
        return self
    def __exit__(self, *exc):
        print("exit depth", self.depth)
        self.depth -= 1
c = Counter()
with c:
    with c as inner:
        print(inner is c)
with c:
    pass
