# A failed augmented assignment names its own operator (`+=`, `**=`) in the TypeError, and the
# traceback marks the whole statement.
class Box:
    pass


for value in (1, "s", Box(), [1], 2.5):
    try:
        value **= Box()
    except TypeError as e:
        print(e)
    try:
        value *= Box()
    except TypeError as e:
        print(e)


def bump(counts, key):
    counts[key] += "one"


bump({"a": 1}, "a")
