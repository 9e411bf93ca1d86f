def deco(tag):
    print("make", tag)
    def d(fn):
        print("apply", tag)
        return lambda: tag + "(" + fn() + ")"
    return d
@deco("a")
@deco("b")
def f():
    return "f"
print(f())
