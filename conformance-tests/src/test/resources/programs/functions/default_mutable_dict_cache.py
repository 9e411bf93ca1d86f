def memo(n, _cache={}):
    if n in _cache:
        return _cache[n], "hit"
    _cache[n] = n * n
    return _cache[n], "miss"
print(memo(3), memo(3), memo(4), len(memo.__defaults__[0]))
