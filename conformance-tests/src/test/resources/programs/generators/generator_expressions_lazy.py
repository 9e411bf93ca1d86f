log = []
def src():
    for i in range(5):
        log.append(f"produce {i}")
        yield i
ge = (x * 10 for x in src() if x % 2 == 0)
print(log)
print(next(ge), log)
print(list(ge), len(log))
print(sum(x for x in range(101)), max((len(w), w) for w in ["aa", "b", "ccc"]))
