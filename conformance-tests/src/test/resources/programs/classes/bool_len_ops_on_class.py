class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __eq__(self, o):
        return sorted(self.items) == sorted(o.items)
    __hash__ = None
print(bool(Bag()), bool(Bag(0)), Bag(1, 2) == Bag(2, 1), Bag(1) != Bag(2))
