class Deck:
    def __init__(self):
        self.cards = [f"{r}{s}" for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        print("contains", c)
        return c in self.cards
d = Deck()
print(len(d), d[0], d[-1], d[1:3], "2H" in d, "9Z" in d)
print(list(d)[:3], list(reversed(d))[:2], [c for c in d if c.startswith("A")])
