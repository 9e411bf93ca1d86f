class E(Exception):
    pass
print(str(E()), repr(E()), str(E(1)), repr(E(1, "two")), str(E([1, 2])))
e = E("msg")
e.args = ("changed",)
print(e, repr(e))
