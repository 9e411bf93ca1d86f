# bytes literals in every escape form, repr's quote choice, and the sequence protocol.
lits = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x7f\x80\xff', b'\t\n\r\x0b\x0c',
        b'\\', rb'\d+\n', b'\101\102\0', b'a\
b', b'\N{x}', br'\x41', b'caf\xc3\xa9', bytes(range(250, 256))]
for b in lits:
    print(repr(b), str(b), len(b), f"{b}", "%s|%r" % (b, b))
b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], b[-3:], b[1:-1:2])
print(list(b'abc'), [x + 1 for x in b'\x00\x01'], sorted(b'cab'), max(b'xyz'), sum(b'\x01\x02'))
print(104 in b, b'wor' in b, b'' in b, b'xyz' in b, 0 in b'\x00', True in b'\x01')
print(b'ab' + b'cd', b'ab' * 3, 2 * b'xy', b'z' * 0, b'z' * -2, b'' + b'')
print(b'a' < b'b', b'ab' < b'a', b'abc' <= b'abc', b'\xff' > b'\x00\x00', b'a' == b'a', b'a' != b'a', b'a' == 'a')
print(bytes(), bytes(3), bytes([65, 66]), bytes((1, 2)), bytes(range(3)), bytes(b'xy'), bytes(iter([104, 105])), bytes(True))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes('é', 'latin-1', 'strict'))
class Conv:
    def __bytes__(self):
        return b'converted'
print(bytes(Conv()), isinstance(b'', bytes), type(b'x').__name__, type(b'x') is bytes)
d = {b'k': 1, b'k2': 2}
d[b'k'] = 3
print(d, b'k2' in d, d.get(b'nope'), 'k' in d, hash(b'abc') == hash('abc'), hash(b'') == hash(''))
print(sorted({b'b', b'a', b'a'}), len({b'x', b'x', 'x'}), bool(b''), bool(b'\x00'), not b'a')
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'end'), list(reversed(b'abc')), list(enumerate(b'hi')))
x, y = b'XY'
print(x, y, [*b'12'], b'%b' % b'ok', ord(b'A'), int(b' 42 '), int(b'ff', 16), float(b'1.5'))
for bad in ['abc', 1.5, -1, None, [256], ['a'], [1, -1], object()]:
    try:
        bytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in [lambda: bytes(5, 'utf-8'), lambda: bytes(source=b'x', encoding='ascii'), lambda: bytes('x', 'utf-8', 'strict', 1),
          lambda: bytes(errors='strict'), lambda: bytes(x=1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
for f in [lambda: b'a' + 'a', lambda: 'a' + b'a', lambda: b'a' * 'a', lambda: b'a'[str('x')], lambda: 'a' in b'a',
          lambda: 256 in b'a', lambda: b'a' < 'a', lambda: b'a'[5], lambda: ord(b'ab'), lambda: int(b'x'),
          lambda: float(b'x'), lambda: b'a' - b'a', lambda: -b'a', lambda: {b'a'}.add([])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
