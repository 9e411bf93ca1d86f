def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")
it = g()
next(it)
it.close()
it.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
