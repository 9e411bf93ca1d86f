def f(*args):
    args = list(args)
    args.append("extra")
    return args
t = (1, 2)
print(f(*t), t)
def g(**kw):
    kw["added"] = True
    return kw
d = {"a": 1}
print(g(**d), d)
