print("{} {}".format("a", 1), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[1]} {0[0]}".format(["a", "b"]), "{p.real}".format(p=3), "{{literal}}".format())
d = {"k": 5}
print("{k:>4}|".format(**d), "{:*^9}".format("mid"))
