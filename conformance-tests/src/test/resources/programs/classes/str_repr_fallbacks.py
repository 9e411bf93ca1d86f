class R:
    def __repr__(self):
        return "R-repr"
class S:
    def __str__(self):
        return "S-str"
print(str(R()), repr(R()), [R()], (R(),), {"k": R()})
print(str(S()), [S()][0].__str__())
