class P:
    pass
r = repr(P())
print(r.startswith("<__main__.P object at 0x"), r.endswith(">"))
print(str(P) , repr(int), P.__name__, P.__qualname__, P.__module__)
