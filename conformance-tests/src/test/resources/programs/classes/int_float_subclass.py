class Num(int):
    def __repr__(self):
        return f"Num({int(self)})"
n = Num(5)
print(n, repr(n), n + 1, type(n + 1).__name__)
print(isinstance(n, int), Num(3) * 2, -Num(4))
print(int.__add__(3, 4), (5).__mul__(6), (2).__pow__(10))
class N(int):
    def __radd__(self, o):
        return "N.radd"
print(1 + N(2), N(2) + 1)
d = {5: "five"}
print(d[Num(5)], Num(5) == 5, hash(Num(5)) == hash(5), Num(5) in {5}, {Num(5): 1}[5])
print([1,2,3][N(1)], list(range(N(3))), "ab" * N(2), f"{Num(7)}|{Num(7):>4}|{Num(255):x}")
print(N(7) // 2, N(7) % 3, divmod(N(7), 2), N(2) ** 3, N(6) < 7, 7 > N(6), N(1) == 1.0, abs(N(-3)), bool(N(0)))
class M(int):
    def __new__(cls, v, extra):
        self = super().__new__(cls, v * 2)
        self.extra = extra
        return self
    def __add__(self, o):
        return "M+" + str(super().__add__(o))
m = M(4, "x")
print(m, m.extra, m + 1, type(m).__name__, type(m).__mro__, int(m), float(m), str(m))
class F(float):
    pass
f = F(2.5)
print(f, repr(f), f + 1, type(f + 1).__name__, F(3), isinstance(f, float), f * 2, round(F(2.567), 2), float.__add__(1.5, 2))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(int.__eq__(1, 1.0), (1).__lt__(2), float.__eq__(1.0, 1), True.__and__(False), int.__and__(True, False), (3).__rsub__(10))
print(sorted([N(3), 1, N(2)]), max(N(3), 2), sum([N(1), N(2)]), N(5).bit_length(), N(5).real, -N(5).__neg__())
