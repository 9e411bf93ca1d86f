x = None
print(x, repr(x), str(x), x is None, x == None, type(x).__name__)
def f():
    pass
print(f(), f() is None)
print(None == 0, None == False, not None, [None] * 2)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError:", e)
