# Half of a circular import: g (which calls f) is defined before the import of cb, f after it.
print("ca: start")


def g(x):
    return f(x) + 1


from dcall_mods import cb


def f(x):
    return x * 10


print("ca: end", g(2), cb.result)
