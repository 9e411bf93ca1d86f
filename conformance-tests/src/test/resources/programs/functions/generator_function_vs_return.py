def f(flag):
    if flag:
        return "ret"
    yield "gen"
print(type(f(True)).__name__, list(f(False)))
try:
    next(f(True))
except StopIteration as e:
    print("StopIteration", e.value)
