print(str(1), str(1.5), str(None), str([1, "a"]), str((1,)), str({"k": [1]}))
print(str(b"x"), repr(str), str(type("")), str(1 == 1))
class P:
    def __str__(self):
        return "P-str"
print(str(P()), f"{P()}", "%s" % P(), [P()].__len__())
