it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
it2 = iter("ab")
print(iter(it2) is it2, list(it2), list(it2))
