add = lambda a, b=10, *r, k=1, **kw: (a + b + sum(r)) * k + len(kw)
print(add(1), add(1, 2, 3, 4, k=2, z=0), (lambda: "noargs")(), (lambda *a: a)(1, 2))
print(sorted([(1, "b"), (0, "c")], key=lambda t: t[1]), (lambda x: (lambda y: x + y))(3)(4))
print((lambda: None).__name__, add.__name__)
