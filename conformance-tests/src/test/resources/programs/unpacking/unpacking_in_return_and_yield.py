def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi)
def pairs():
    yield 1, 2
    yield 3, 4
print([a * b for a, b in pairs()])
