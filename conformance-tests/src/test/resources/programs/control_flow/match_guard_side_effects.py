calls = []
def g(tag, result):
    calls.append(tag)
    return result
match (1, 2):
    case (x, y) if g("first", False):
        print("first")
    case (x, 2) if g("second", True):
        print("second", x)
print(calls)
