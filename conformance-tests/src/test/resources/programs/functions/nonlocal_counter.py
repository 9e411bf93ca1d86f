def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), get())
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "inner"
        inner()
    mid()
    return x
print(outer())
