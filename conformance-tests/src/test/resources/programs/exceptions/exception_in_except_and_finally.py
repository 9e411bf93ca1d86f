def f():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        finally:
            print("inner finally")
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
