def f():
    a = 1
    def g(a):
        nonlocal a
    return g
