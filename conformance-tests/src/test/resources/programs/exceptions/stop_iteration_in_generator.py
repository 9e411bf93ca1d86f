def g():
    yield 1
    raise StopIteration("inside")
try:
    print(list(g()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
