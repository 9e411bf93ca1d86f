def f():
    return 1, [2], "three"
def g():
    return
def h():
    pass
a, (b,), c = f()
print(a, b, c, f(), g(), h())
