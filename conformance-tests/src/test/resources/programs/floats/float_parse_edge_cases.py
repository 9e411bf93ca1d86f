# float() of strings and bytes: whitespace CPython strips (and what it does not: separators, BOM), Unicode digits, underscores, inf/nan spellings.
cases = ['1.5', ' 1.5 ', '\x1c1', '1\x1c', '\x851', '\ufeff1', '\u20031\u3000', '\u0661\u0662', '\u0661.\u0665',
         '1_0.5', '1__0', '_1', '1_', '1e5', '1E+5', '1.e5', '.5', '5.', '.', 'e5', '1e', 'inf', '-Infinity',
         'nAn', '+nan', 'infinit', '1.5j', '0x10', '  -0.0 ', '1e500', '-1e-500', '١e٣', '1_e5', '1e_5',
         '1.5\n', '\t2', '0_0.0_0', '', ' ', '+', '++1', '1.2.3', '１２.５']
for s in cases:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for b in [b'1.5', b' 2 ', b'\x1c1', b'\xa01', b'inf', b'1_0']:
    try:
        print(b, float(b))
    except ValueError as e:
        print(b, 'ValueError', e)
class S(str):
    pass
print(float(S(' 2.5 ')))
x = float('nan'); print(x in [x], x is float('nan'))
