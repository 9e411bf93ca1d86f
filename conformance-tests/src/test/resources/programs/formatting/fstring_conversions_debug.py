x = "é'"
y = 10
print(f"{x!r} {x!s} {x!a}")
print(f"{y=}", f"{y = }", f"{x=!s}", f"{y*2=:>6}")
class C:
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "c-str"
    def __format__(self, spec):
        return f"C[{spec}]"
c = C()
print(f"{c}", f"{c!r}", f"{c!s}", f"{c:xyz}", f"{c=}")
