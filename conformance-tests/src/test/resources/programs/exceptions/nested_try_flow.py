def f(n):
    result = []
    try:
        try:
            if n == 0:
                raise IndexError("zero")
            result.append("inner ok")
        except KeyError:
            result.append("wrong handler")
        finally:
            result.append("inner finally")
        result.append("after inner")
    except IndexError as e:
        result.append("outer caught " + str(e))
    return result
print(f(0))
print(f(1))
