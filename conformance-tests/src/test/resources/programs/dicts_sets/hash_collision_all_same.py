class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.v == o.v
d = {K(i): i for i in range(50)}
print(len(d), d[K(42)], sum(d.values()))
del d[K(10)]
print(len(d), K(10) in d, K(11) in d)
