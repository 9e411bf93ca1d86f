import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Const:
    LIMIT = 10
def check(v):
    match v:
        case Color.RED:
            return "red"
        case Const.LIMIT:
            return "limit"
        case Color():
            return "some color"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
    return "none"
for v in (Color.RED, Color.GREEN, 10, 10.0, -1, 1.5):
    print(check(v))
