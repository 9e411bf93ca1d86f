match command:
    case 1:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case "text" | b"bytes":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case [*_]:
        pass
    case ():
        pass
    case {"key": value, 1: other, **rest}:
        pass
    case {}:
        pass
    case Point(x, y=0):
        pass
    case module.Class(a, b, c=d):
        pass
    case Color.RED:
        pass
    case [1, 2] as pair:
        pass
    case str() | bytes():
        pass
    case x if x > 0:
        pass
    case _:
        pass
match a, b:
    case x, y:
        pass
match = 1
case = 2
