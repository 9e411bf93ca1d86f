def g():
    yield 1
it = g()
try:
    it.throw(ValueError("before start"))
except ValueError as e:
    print("ValueError:", e)
print(next(it, "finished"))
