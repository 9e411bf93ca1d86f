# round()'s ndigits is an index; pow() takes base, exp and mod by name.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Two:
    def __index__(self):
        return 2


show(lambda: round(1.5, 1.0))
show(lambda: round(1, 1.0))
show(lambda: round(1.25, True))
show(lambda: round(1.2345, Two()))
show(lambda: round(1255, ndigits=-1))
show(lambda: round(1255, Two()))
show(lambda: round(1.5, '1'))
show(lambda: round(1.5, None))
show(lambda: (1.5).__round__(1.0))
show(lambda: (15).__round__(-1.0))
show(lambda: (2.675).__round__(Two()))
show(lambda: pow(base=2, exp=3, mod=5))
show(lambda: pow(2, exp=3))
show(lambda: pow(2, 3, mod=None))
show(lambda: pow(2.0, exp=0.5))
show(lambda: pow(2, base=3))
show(lambda: pow(2, 3, 5, mod=1))
show(lambda: pow(exp=2))
show(lambda: pow(2, 3, modulo=1))
show(lambda: pow(2, exp=3, base=1))
show(lambda: pow(2, 3, 4, 5))
