class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return self.n * times + x
    def __repr__(self):
        return f"Adder({self.n!r})"
a = Adder(5)
print(a(1), a(1, times=3), callable(a), [a], str(a), f"{a}", repr(a))
class S:
    def __str__(self):
        return "str!"
s = S()
print(s, [s][0] is s, str(s), "%s" % s, format(s))
