# Every path that turns an int into decimal text (str(), repr(), format(), %-formatting, containers) and back (int()) honours sys.set_int_max_str_digits()'s limit, as CPython 3.11 does.
import json
x = 10**5000
tests = [
    ('print', lambda: print(x)),
    ('json', lambda: json.dumps(x)),
    ('format', lambda: '{}'.format(x)),
    ('format d', lambda: '{:d}'.format(x)),
    ('join', lambda: ' '.join(map(str, [x]))),
    ('parse', lambda: int('1' * 5000)),
    ('__str__', lambda: x.__str__()),
    ('__repr__', lambda: x.__repr__()),
    ('format()', lambda: format(x)),
    ('fr', lambda: f'{x!r}'),
    ('%s', lambda: '%s' % x),
    ('%r', lambda: '%r' % x),
    ('%i', lambda: '%i' % (x,)),
    ('list', lambda: str([x])),
    ('tuple', lambda: repr((x, 1))),
    ('dict', lambda: str({x: 1})),
    ('neg', lambda: str(-x)),
    ('bool', lambda: str(True + x)),
    ('hex', lambda: len(hex(x))),
    ('float', lambda: float(str(10**300))),
    ('ok', lambda: len(str(10**4299))),
    ('ok2', lambda: len(str(-10**4299))),
    ('bad2', lambda: len(str(10**4300))),
    ('parse ok', lambda: int('1' * 4300) > 0),
    ('parse bad', lambda: int('-' + '1' * 4301)),
    ('parse_', lambda: int('1_' * 4300 + '1')),
]
import sys
for name, t in tests:
    try:
        r = t()
        print(name, 'ok', str(r)[:20] if name != 'print' else '')
    except ValueError as e:
        print(name, 'ValueError', e)
sys.set_int_max_str_digits(0)
print(len(str(x)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10**4999)))
try:
    str(10**5000)
except ValueError as e:
    print(e)
