class Num(int):
    def __repr__(self):
        return f"Num({int(self)})"
n = Num(5)
print(n, repr(n), n + 1, type(n + 1).__name__)
print(isinstance(n, int), Num(3) * 2, -Num(4))
print(int.__add__(3, 4), (5).__mul__(6), (2).__pow__(10))
