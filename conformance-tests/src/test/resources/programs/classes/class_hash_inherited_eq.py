class Base:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return type(o) is type(self) and o.k == self.k
    def __hash__(self):
        return hash(self.k)
class Sub(Base):
    pass
s = {Base(1), Base(1), Sub(1), Sub(2)}
print(len(s), Base(1) == Sub(1), Sub(1) in s, Base(2) in s)
