def f():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    f()
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
