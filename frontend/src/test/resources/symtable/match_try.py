def handle(command):
    match command:
        case [first, *rest]:
            return first, rest
        case {"key": value, **others}:
            return value, others
        case Point(x=px, y=0) as point:
            return px, point
        case 1 | 2 | 3:
            return None
        case str() if command:
            return command
        case _:
            pass
    try:
        pass
    except ValueError as err:
        return err
    with open(command) as fh, open(command) as (a, b):
        del fh
    for i, j in []:
        pass
    while False:
        break
