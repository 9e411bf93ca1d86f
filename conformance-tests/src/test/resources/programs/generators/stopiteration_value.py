def g():
    yield 1
    return "done"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
def wrapper():
    result = yield from g()
    yield result
print(list(wrapper()))
