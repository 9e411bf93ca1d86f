# int(x, base): CPython converts and range-checks the base before it looks at x.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Two:
    def __index__(self):
        return 2


show(lambda: int(1, 1))
show(lambda: int('1', 1))
show(lambda: int('1', 37))
show(lambda: int('1', -1))
show(lambda: int(1.5, 10))
show(lambda: int(1.5, 37))
show(lambda: int('11', 0))
show(lambda: int('0b11', 0))
show(lambda: int('10', 2))
show(lambda: int(b'10', 2))
show(lambda: int(b'10', 1))
show(lambda: int(None, 2))
show(lambda: int('1', None))
show(lambda: int('1', 2.5))
show(lambda: int('1', '2'))
show(lambda: int('1', True))
show(lambda: int('11', Two()))
show(lambda: int('1', base=1))
show(lambda: int('11', base=Two()))
show(lambda: int(base=2))
show(lambda: int(base=40))
show(lambda: int(None, base=2))
show(lambda: int('1', 10**30))
show(lambda: int('1', -10**30))
show(lambda: int('1', 2, base=3))
show(lambda: int('1', 2, 3))
show(lambda: int())
show(lambda: int(x='1'))
show(lambda: int(None))
