def lookup(d, k):
    return d[k]
print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "x")
