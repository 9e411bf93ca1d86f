# int() of strings and bytes: signs, prefixes, underscores, whitespace CPython strips (and the separators it does not), Unicode digits, bases, and the digit limit.
cases = [('10', 10), (' 10 ', 10), ('+1', 10), ('-0', 10), ('0x1f', 0), ('0x1f', 16), ('0X1F', 16),
         ('0b101', 0), ('0b101', 2), ('0o17', 0), ('0o17', 8), ('1_000', 10), ('1__0', 10),
         ('_1', 10), ('1_', 10), ('0_0', 0), ('00', 0), ('010', 0), ('0010', 10), ('\u0663', 10),
         ('\uff11\uff12', 10), ('\u2003 5 \u2003', 10), ('1e3', 10), ('', 10), (' ', 10), ('-', 10),
         ('0x', 16), ('0x_1', 16), ('0x_1', 0), ('z', 36), ('Z', 36), ('12', 2), ('0b', 0),
         ('- 1', 10), ('+-1', 10), ('1\x00', 10), ('\x1c1\x1c', 10), ('\x851', 10), ('12\n', 10),
         ('0_x1', 0), ('0x1_f', 16), ('0o_7', 8), ('9' * 30, 10), ('-' + '7' * 25, 10),
         ('f' * 40, 16), ('1' * 4300, 10), ('1' * 4301, 10), ('1' * 5000, 16), ('1' * 4301, 8),
         ('1' * 4301, 3), ('1_' * 4300 + '1', 10), ('0' * 5000, 10), ('\u0661\u0662', 0), ('1', 37), ('1', 1),
         ('1.0', 10), ('inf', 10), ('0x1g', 16), ('12', 3), ('zz', 35)]
for s, b in cases:
    try:
        v = int(s, b) if b != 10 else int(s)
        print(repr(s)[:30], b, str(v)[:40] if v < 10 ** 4000 else 'big')
    except ValueError as e:
        print(repr(s)[:30], b, 'ValueError', str(e)[:120])
for bs, b in [(b'12', 10), (b' 12 ', 0), (b'0x10', 0), (b'1\xff', 10), (b'', 10), (b'1_0', 10)]:
    try:
        print(bs, int(bs, b))
    except ValueError as e:
        print(bs, 'ValueError', e)
class S(str):
    pass
print(int(S(' 42 ')), int(S('0x2a'), 16))
