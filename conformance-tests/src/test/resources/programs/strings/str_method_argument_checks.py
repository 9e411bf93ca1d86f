# str methods check their arguments as CPython does: maxsplit is an index, a lone maketrans
# argument must be a dict, format_map has no positional arguments.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Two:
    def __index__(self):
        return 2


s = 'a,b,,c'
show(lambda: s.split(',', 1.0))
show(lambda: s.rsplit(',', 1.5))
show(lambda: s.split(',', Two()))
show(lambda: s.rsplit(',', maxsplit=Two()))
show(lambda: s.split(',', True))
show(lambda: s.split(',', 2**70))
show(lambda: s.split(',', -2**70))
show(lambda: s.split(',', '1'))
show(lambda: 'aaa'.replace('a', 'b', Two()))
show(lambda: 'aaa'.replace('a', 'b', 1.0))
show(lambda: str.maketrans('a'))
show(lambda: str.maketrans(1))
show(lambda: str.maketrans({'a': 'b'}))
show(lambda: str.maketrans({'a': 'b'}, 'x'))
show(lambda: str.maketrans('ab', 'cd', 'e'))


class D(dict):
    pass


show(lambda: str.maketrans(D(a='b')))
show(lambda: '{a}'.format_map({'a': 1}))
show(lambda: '{0}'.format_map({}))
show(lambda: '{}'.format_map({}))
show(lambda: '{a} {}'.format_map({'a': 1}))
show(lambda: '{a[0]}'.format_map({'a': [5]}))
show(lambda: '{b}'.format_map({'a': 1}))
show(lambda: str.maketrans('a', 1))
show(lambda: str.maketrans(1, 'a'))
show(lambda: str.maketrans('a', 'b', 1))
show(lambda: str.maketrans(1, 'a', 1))
show(lambda: str.maketrans(1, 2, 3))
show(lambda: 'aaa'.replace('a', 'b', 2**70))
show(lambda: 'a b'.split(None, 2**63 - 1))
show(lambda: 'a b'.split(None, -2**63))
show(lambda: 'abcd'[Two():])
show(lambda: 'abcd'[:Two()])
show(lambda: 'abcd'[::Two()])
show(lambda: 'abcd'[1.0:])
