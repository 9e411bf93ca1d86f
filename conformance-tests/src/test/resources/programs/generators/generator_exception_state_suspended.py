# A generator suspended inside an except block keeps its exception to itself until resumed.
import sys
def gen():
    try:
        raise KeyError("g")
    except KeyError:
        yield 1
        print("gen resumes with", repr(sys.exc_info()[1]))
g = gen()
next(g)
print("outside gen", sys.exc_info()[1])
try:
    raise ValueError("v")
except ValueError as e:
    print("context", repr(e.__context__))
next(g, None)
