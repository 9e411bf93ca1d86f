class U:
    @staticmethod
    def add(a, b):
        return a + b
    twice = staticmethod(lambda x: 2 * x)
f = U.add
print(f(1, 2), U().add(3, 4), U.twice(5), U().twice(6))
