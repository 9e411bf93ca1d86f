# bytes has sequence slots but no number slots: the other operand's __radd__/__rmul__/__mul__
# run before concatenation and repetition fail, with CPython's messages; explicit dunders.
class R:
    def __radd__(self, o):
        return ('radd', o)
    def __rmul__(self, o):
        return ('rmul', o)
    def __mul__(self, o):
        return NotImplemented
class L:
    def __mul__(self, o):
        return ('mul', o)
class N:
    def __radd__(self, o):
        return NotImplemented
class I:
    def __index__(self):
        return 2
print(b'a' + R(), b'a' * R(), L() * b'z', b'ab' * I(), I() * b'x', b'ab'.__mul__(2), b'ab'.__rmul__(3), b'ab'.__add__(b'c'))
for f in [lambda: b'a' + N(), lambda: R() * b'a', lambda: b'a' * 1.5, lambda: b'a' * [1], lambda: [1] * b'a',
          lambda: 'x' * b'a', lambda: b'a'.__rmul__('x'), lambda: b'a'.__add__('x'), lambda: b'a' + [1], lambda: [1] + b'a']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
