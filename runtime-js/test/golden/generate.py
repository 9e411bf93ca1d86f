#!/usr/bin/env python3
"""Writes the golden tables (*.json beside this script) that the runtime's node tests
compare against: each case is an operation name, its arguments and CPython's result or
exception. Run with CPython 3.11 (python3 test/golden/generate.py from runtime-js/)."""
import json
import math
import operator
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


class Attr:
    """An object with attributes for '{0.name}' fields; encoded as {"obj": {...}}."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def enc(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        text = str(v)
        sys.set_int_max_str_digits(limit)
        return {'int': text}
    if isinstance(v, float):
        return {'float': repr(v)}
    if isinstance(v, str):
        return v
    if isinstance(v, tuple):
        return {'tuple': [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, (bytes, bytearray)):
        return {'bytes': v.hex()}
    if isinstance(v, dict):
        return {'dict': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, Attr):
        return {'obj': {k: enc(x) for k, x in v.__dict__.items()}}
    raise TypeError(type(v))


def run(fn, *args):
    try:
        return enc(fn(*args))
    except Exception as e:  # the golden records CPython's exception class and message
        return {'error': type(e).__name__, 'message': str(e)}


def case(table, op, fn, *args):
    table.append({'op': op, 'args': [enc(a) for a in args], 'result': run(fn, *args)})


def write(name, table):
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(table, f, ensure_ascii=True, indent=0, separators=(',', ':'))
        f.write('\n')
    print(f'{name}.json: {len(table)} cases')


rng = random.Random(20240611)


def random_double():
    while True:
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if math.isfinite(x):
            return x


INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, 255, -256, 2**31 - 1, -2**31, 2**32, 2**53 - 1, -(2**53 - 1),
        2**53, 2**53 + 1, -2**53, 2**63, -2**63, 10**20, -10**20, 2**1000, -(2**1000) + 1, 12345678901234567890123]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.30000000000000004, 3.0, -7.0, 1e16, 1e22,
          1e-5, 5e-324, 1.7976931348623157e308, 2.0**53, 1e300, -1e-300, math.inf, -math.inf, math.nan, 2.675, 123.456]
NUMS = INTS + FLOATS + [True, False]


def gen_arith():
    t = []
    small = [0, 1, -1, 2, -3, 7, -7, 2**53 - 1, -(2**53 - 1), 2**53 + 1, -2**63, 10**20, 2**1000, 0.0, -0.0, 0.5, -2.5,
             1.0, 3.0, 0.1, 1e16, 5e-324, 1e300, math.inf, -math.inf, math.nan, True, False]
    binops = {'add': operator.add, 'sub': operator.sub, 'mul': operator.mul, 'truediv': operator.truediv,
              'floordiv': operator.floordiv, 'mod': operator.mod, 'divmod': divmod,
              'lt': operator.lt, 'le': operator.le, 'gt': operator.gt, 'ge': operator.ge, 'eq': operator.eq,
              'ne': operator.ne}
    for a in small:
        for b in small:
            for name, fn in binops.items():
                case(t, name, fn, a, b)
            if not (isinstance(b, int) and abs(b) > 2000 and isinstance(a, int) and abs(a) > 1):
                case(t, 'pow', operator.pow, a, b)
    ints = [0, 1, -1, 5, -6, 255, 2**31 - 1, -2**31, 2**32 + 3, 2**53 - 1, -(2**53), 2**64 + 1, -2**70, True, False]
    for a in ints:
        for b in ints:
            for name, fn in {'and_': operator.and_, 'or_': operator.or_, 'xor': operator.xor}.items():
                case(t, name, fn, a, b)
        for n in [0, 1, 3, 31, 32, 52, 53, 54, 64, 100, 1000, -1]:
            case(t, 'lshift', operator.lshift, a, n)
            case(t, 'rshift', operator.rshift, a, n)
        case(t, 'rshift', operator.rshift, a, 2**70)
    for a in NUMS:
        case(t, 'neg', operator.neg, a)
        case(t, 'pos', operator.pos, a)
        case(t, 'invert', operator.invert, a)
    # Exact true division of huge ints, and int/float comparisons around 2**53.
    for _ in range(150):
        a = rng.getrandbits(rng.randint(1, 1100)) * rng.choice([1, -1])
        b = rng.getrandbits(rng.randint(1, 1100)) or 1
        case(t, 'truediv', operator.truediv, a, b)
        case(t, 'floordiv', operator.floordiv, a, b)
        case(t, 'mod', operator.mod, a, b)
    for k in [52, 53, 54, 63, 64, 1022, 1023]:
        for d in [-1, 0, 1]:
            for f in [2.0**k, -(2.0**k), math.nextafter(2.0**k, math.inf)]:
                case(t, 'lt', operator.lt, 2**k + d, f)
                case(t, 'eq', operator.eq, 2**k + d, f)
                case(t, 'gt', operator.gt, -(2**k) + d, f)
    for a, b in [(7, -2), (-7, 2), (-7, 3), (7.5, -2), (-0.0, 5.0), (0.0, -5.0), (-1.0, math.inf), (1.0, -math.inf),
                 (1e308, 1e-308), (10**400, 1.0), (3, 10**400), (1 << 60, 1 << 3), (2.0, 1075), (2, -1074), (10, -400),
                 (-8, 1 / 3), (-8.0, 3.0), (2, 3.5), (1.0000001, 1e10), ('a', 1), (1, 'a'), ('ab', 3), (3, 'ab'),
                 ('ab', 'cd'), ('ab', 1.5), ('\uffff', '\U0001f600'), ('a', 'ab'), (None, 1)]:
        for name, fn in binops.items():
            case(t, name, fn, a, b)
        if not (type(a) is int and type(b) is int and abs(b) > 2000):
            case(t, 'pow', operator.pow, a, b)
    # Float // % divmod (float_floor_div, float_rem, float_divmod) with infinities, nans and
    # signed zeros on either side.
    specials = [math.inf, -math.inf, math.nan, 0.0, -0.0, 1.0, -1.0, 2.5, -3.0, 5e-324, 1e308, 1, -2, 2**1000]
    for a in specials:
        for b in specials:
            for name in ['floordiv', 'mod', 'divmod']:
                case(t, name, binops[name], a, b)
    # Both operands are converted to float before the zero check: OverflowError wins.
    for a, b in [(2**1024, 0.0), (-(2**1024), -0.0), (0.0, 2**1024), (2**1024, 1.0), (1.5, -(2**1024)),
                 (2**1024, 0), (2**1024, -1), (True, 0.0)]:
        for name, fn in binops.items():
            case(t, name, fn, a, b)
        case(t, 'pow', operator.pow, a, b)
    # Powers: glibc's pow (CPython's) is correctly rounded in practice, V8's Math.pow is not.
    for a, b in [(10, -5), (10.0, -5), (9, -3.0), (0.30000000000000004, 3.0), (-9.0, 17), (1e15, 14),
                 (7.0, -2), (2.0, -1074), (2.0, -1075), (2.0, 1023), (2.0, 1024), (10.0, -323), (10.0, -324),
                 (10.0, 308), (10.0, 309), (3.0, -678), (3.0, -679), (0.5, 1074), (1.5, -1800), (1.0000001, 1e10),
                 (-3.0, -677), (-0.1, 301), (123.456, 0.5), (2.0, 0.5), (1e-310, 0.5), (1e300, 0.5)]:
        case(t, 'pow', operator.pow, a, b)
    for base in range(2, 31):
        for n in range(-25, 26):
            case(t, 'pow', operator.pow, base, n) if n < 0 else None
            case(t, 'pow', operator.pow, float(base), n)
    prng = random.Random(20240612)  # separate, so the later tables keep their cases
    for _ in range(600):
        x = prng.choice([prng.uniform(0.01, 100), prng.uniform(0.9, 1.1), abs(prng.uniform(-1e10, 1e10))])
        n = prng.randint(-40, 40)
        case(t, 'pow', operator.pow, x, float(n))
    for _ in range(100):
        x = struct.unpack('<d', struct.pack('<Q', prng.getrandbits(63)))[0]
        case(t, 'pow', operator.pow, x, 0.5)
    write('arith', t)


def gen_float_repr():
    t = []
    vals = FLOATS + [1e-4, 1e-5, 0.0001, 0.00001234, 123456789012345678.0, 1e15, 9999999999999998.0, 1e17,
                     0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1.2345678901234567e+30, 4.35, 2.2250738585072014e-308]
    vals += [random_double() for _ in range(300)]
    vals += [rng.uniform(-1000, 1000) for _ in range(100)]
    vals += [float(rng.randint(-10**6, 10**6)) / 8 for _ in range(50)]
    for v in vals:
        case(t, 'floatRepr', repr, v)
    for s in ['1.5', ' 2.5\n', '1_000.5', '1e5', '1E-3', '-0', '+inf', '-Infinity', 'nan', 'NaN', '-nan', 'iNf',
              '.5', '5.', '1__0', '_1', '1_', '1._5', '0x10', '', ' ', 'abc', '1e', '1e+', '١٢٣.٥', '\u00a01.0\u2003',
              '1e400', '-1e400', '4.9e-324', '2e-324', '123456789012345678901234567890', '0.1', '1_0e1_0', 'infinity',
              'infinityx', '1.5 x', '1.5\x00']:
        case(t, 'floatFromString', float, s)
    write('float-repr', t)


def gen_int():
    t = []
    for s in ['0', '-0', '+12', '  42\n', '1_000', '1__0', '_1', '1_', '0x1f', '0o17', '0b101', '010', '00', '0_0',
              '12a', '', ' ', '٣٤', '99999999999999999999999', '-123456789012345678901234567890', '1' * 4301]:
        for base in [10, 0, 16, 8, 2, 36, 7, 1, 37]:
            case(t, 'intFromString', int, s, base)
    for s in ['0x_1f', '0X1F', 'ff', 'zz', 'Z', '0b_1_0', '0b', '0x', '-0x10', '0o_7']:
        for base in [0, 16, 36, 2, 8]:
            case(t, 'intFromString', int, s, base)
    for n in INTS + [True, False]:
        case(t, 'intBitLength', int.bit_length, n)
        case(t, 'hex', hex, n)
        case(t, 'oct', oct, n)
        case(t, 'bin', bin, n)
        case(t, 'intToFloat', float, n)
        case(t, 'abs', abs, n)
        case(t, 'intRepr', repr, n)
        for nd in [None, 0, 2, -1, -2, -5, -30]:
            case(t, 'round', round, n, nd)
    case(t, 'intToFloat', float, 10**400)
    case(t, 'intToFloat', float, 2**1024 - 2**970)
    case(t, 'intToFloat', float, 2**1024 - 2**969)
    case(t, 'intRepr', repr, 10**4300)
    case(t, 'intRepr', repr, 10**4301)
    for f in FLOATS + [1e100, -1e100, 2.0**63, 0.999999, -0.5, 1.5, 2.5, 3.5, -3.5, 0.49999999999999994]:
        case(t, 'floatToInt', int, f)
        case(t, 'abs', abs, f)
        for nd in [None, 0, 1, 2, 3, -1, -2, 10, 400, -400]:
            case(t, 'round', round, f, nd)
    for f in [2.675, 1.005, 0.125, 0.375, 2.5, 1234.5678, -1234.5678, 5e-324, 1e22, 0.285, 1.15, 123.45]:
        for nd in range(-3, 6):
            case(t, 'round', round, f, nd)
    for a, b in [(7, -2), (-7, 2), (7.5, 2), (-7.5, 2), (10**30, 7), (-10**30, 7), (1, 0), (1.0, 0)]:
        case(t, 'divmod', divmod, a, b)
    for b, e, m in [(2, 10, 1000), (3, -1, 7), (2, -1, 4), (5, 3, -7), (2, 1, 0), (10**30, 10**20, 97), (2.0, 1, 3),
                    (-3, 5, 13), (0, 0, 1), (7, 0, 1), (4, -2, 9)]:
        case(t, 'powMod', pow, b, e, m)
    write('int', t)


def gen_hash():
    t = []
    for v in INTS + FLOATS[:-1] + [True, False, 2**61 - 1, 2**61, -(2**61), 2**61 - 2, 0.1, 1e-300, 2.0**100,
                                     -2.0**-100, 1.5, -1.5, 1 / 3]:
        case(t, 'hashInt' if isinstance(v, int) else 'hashFloat', hash, v)
    for _ in range(100):
        v = random_double()
        case(t, 'hashFloat', hash, v)
    for tup in [(1, 2), (2, 1), (), (1,), (-1,), (1, 2, 3), (1.5, -2), ((1, 2), 3), (2**70, -1, 0.5), (True, 1.0),
                ((),), ((), ()), (0, 0, 0, 0, 0, 0, 0)]:
        case(t, 'hashTuple', hash, tup)
    write('hash', t)


SPECS = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', 'c', 'n', ',', '_', ',d', '_x', '_b', ',x', '08', '08,',
         '010,', '09,', '0=8', '*<8', '*>8', '*^8', '*^9', '=+10', '+', '-', ' ', '+d', ' d', '#010x', '#010_b',
         'e', 'E', 'f', 'F', 'g', 'G', '%', '.0', '.1', '.2', '.3', '.10', '.17', '.0f', '.1f', '.2f', '.3f', '.10f',
         '.20f', '.0e', '.1e', '.3e', '.16e', '.30e', '.0g', '.1g', '.3g', '.10g', '.17g', '#g', '#.0f', '#.0e',
         '#.3g', '#', '.2%', '10.3f', '-10.3f', '<10.3f', '^10.3f', '=10.3f', '010.3f', ',.2f', '_.2f', '015,.2f',
         'z.1f', 'z', 'zd', '+.1e', ' .2g', '.150f', '.120e', '.105g', 's', '10', '<10', '.2', '.2s', '^7.2s', 'q',
         ',_', '_,', ',,', '.', '.f', 'abc', '#c', '+c', '99999999999999999999', '.2147483648f', '\U0001f600^9', '0<5', 'x<05',
         '=', '=5', ',s', ',n', '.5n', 'z.3e', '#.2%', '-#0x']
VALUES = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**53 + 1, -2**63, 10**20, 2**100, True, False, 0.0, -0.0, 1.0,
          -1.5, 0.1, 2.675, 1234.5678, -0.0001, 1e16, 1e22, 1e-5, 5e-324, 1e300, 123456.0, math.inf, -math.inf,
          math.nan, 0.5, 9.995, 999999.5, 'abc', '', 'héllo😀', 'a' * 12]


def gen_format_spec():
    t = []
    for v in VALUES:
        for s in SPECS:
            case(t, 'format', format, v, s)
    for _ in range(200):
        v = random_double()
        for s in ['.3f', '.6e', '.12g', '', '.0f', '.20e']:
            case(t, 'format', format, v, s)
    write('format-spec', t)


def gen_percent():
    t = []
    fmts = ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%X', '%#x', '%#X', '%o', '%#o', '%e',
            '%E', '%f', '%F', '%g', '%G', '%.2f', '%.9f', '%10.3f', '%-10.3f|', '%010.3f', '%+.1e', '%#.0f', '%#g',
            '%.0e', '%.20g', '%s', '%r', '%a', '%10s|', '%-10s|', '%.2s', '%c', '%%', '%5%', '%.3d', '%#.3x', '%*d',
            '%.*f', '%*.*f', '%(a)s', '%q', '%', '%d %d', 'x', '%.150f', '% 05.1f', '%-+8.2e|', '%ld', '%hd', '%5.1s|',
            '%-#8o|']
    args = [0, 42, -42, 255, 2**64, -2**70, 3.14159, -0.5, 2.675, 1e300, 5e-324, math.inf, math.nan, -0.0, True,
            'abc', '😀', 'héllo', None, (1, 2), (5, 3.14159), (8, 3, 2.5), (65,), ('a', 'b'), [1, 2], 'x', 97, 1.5,
            {'a': 1}, (), 1114112, -1]
    for f in fmts:
        for a in args:
            case(t, 'percent', operator.mod, f, a)
    write('percent-format', t)


def gen_str_format():
    t = []
    cases = [
        ('{}', (1,), {}), ('{} {}', (1, 2), {}), ('{0} {0}', ('a',), {}), ('{1}{0}', ('a', 'b'), {}), ('{x}', (), {'x': 5}),
        ('{0!r}', ('a',), {}), ('{!s:>5}', (1.5,), {}), ('{:,}', (10**20,), {}), ('{:{}}', (3.14159, '.2f'), {}),
        ('{:{w}.{p}f}', (3.14159,), {'w': 10, 'p': 3}), ('{{}}', (), {}), ('{{{}}}', (7,), {}), ('{0[1]}', ([5, 6],), {}),
        ('{0[a]}', ({'a': 9},), {}), ('{0.x}', (Attr(x=3),), {}), ('{} {1}', (1, 2), {}), ('{0} {}', (1, 2), {}),
        ('{', (), {}), ('}', (), {}), ('{0', (1,), {}), ('{!}', (1,), {}), ('{!x}', (1,), {}), ('{2}', (1,), {}),
        ('{y}', (), {'x': 1}), ('{:d}', ('a',), {}), ('{0:>{1}}', ('ab', 6), {}), ('{!a}', ('é',), {}),
        ('{0[0]}', ('xyz',), {}), ('{0[-1]}', ([1],), {}), ('{:%}', (0.25,), {}), ('{:^10}', ('mid',), {}),
        ('{0}{1}{2}', ('a', 1, 2.5), {}), ('{:}', (None,), {}), ('{}', (None,), {}), ('{}', ((1, 'a'),), {}),
        ('{}', ([1, 'a'],), {}), ('{:{}{}}', (5, '>', 4), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{0:}}', (1,), {}),
        ('a{{b}}c{0}', (1,), {}), ('{0!r:>10}', ('x',), {}), ('{.x}', (Attr(x=1),), {}), ('{[0]}', ([4],), {}),
        ('{0.}', (1,), {}), ('{0[}', (1,), {}), ('{0]}', (1,), {}), ('{ }', (), {' ': 3}), ('{0!rr}', (1,), {}),
        ('{:s}', (1,), {}), ('{:>5}', (True,), {}), ('{}', (1e16,), {}), ('{:.3}', (123456.0,), {}),
    ]
    for fmt, a, kw in cases:
        t.append({'op': 'strFormat', 'args': [fmt, [enc(x) for x in a], {k: enc(v) for k, v in kw.items()}],
                  'result': run(lambda: fmt.format(*a, **kw))})
    for v, conv, spec in [(1, '', ''), ('a', 'r', ''), (1.5, 's', '>6'), ('é', 'a', ''), (3.14159, '', '.2f'),
                          (None, '', ''), (None, 'r', ''), ('x', '', '^5'), (10**20, '', ','), ((1, 2), '', '')]:
        t.append({'op': 'formatValue', 'args': [enc(v), conv, spec],
                  'result': run(lambda: format(repr(v) if conv == 'r' else ascii(v) if conv == 'a' else str(v) if conv == 's' else v, spec))})
    write('str-format', t)


STRS = ['', 'a', 'abc', 'Hello, World', '  padded\t\n', 'a,b,,c', 'MiXeD cAsE', 'ß', 'straße', 'İstanbul', 'ΣΑΣ ΣΑΣ.',
        'ǆemal', 'ﬁne', '😀x😀', 'a\ud800b', 'tab\there', 'line1\nline2\r\nline3\rline4\x0bx\x1cy\u2028z', '123',
        '١٢٣', '²³', '½', '一二三', 'abc123', 'hello world foo', 'Title Case', 'x' * 5, "it's", '"q"', 'both\'"',
        '\x00\x7f\x80\xad\u200b\ufeff', '\u00a0\u3000 ', 'ab' * 3, 'café', 'ǅ', 'ᾳ', 'ﬀ', 'Ꭰꭰ', '\U0001d7d8', '_id9',
        '9id', 'a b', 'ŉ']
SUBS = ['', 'a', 'b', 'ab', 'x', ',', '😀', 'll', 'o', ' ']


def gen_str():
    t = []
    for s in STRS:
        case(t, 'strRepr', repr, s)
        case(t, 'strLen', len, s)
        case(t, 'strAscii', ascii, s)
        for i in [0, 1, -1, 2, 5, -10]:
            case(t, 'strGetItem', lambda s, i: s[i], s, i)
        for sl in [(None, None, None), (1, None, None), (None, -1, None), (None, None, -1), (1, 5, 2), (-2, None, None),
                   (5, 1, -2), (None, None, 3), (10, 20, None), (-100, 100, -1)]:
            case(t, 'strSlice', lambda s, a, b, c: s[a:b:c], s, *sl)
        case(t, 'strIter', list, s)
        for m in ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isdigit', 'isalpha', 'isalnum',
                  'isspace', 'isupper', 'islower', 'istitle', 'isdecimal', 'isnumeric', 'isidentifier', 'isprintable',
                  'isascii', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']:
            case(t, m, lambda s, m=m: getattr(s, m)(), s)
        case(t, 'splitlines', str.splitlines, s, True)
        case(t, 'split', str.split, s, None, 1)
        case(t, 'rsplit', str.rsplit, s, None, 1)
        case(t, 'expandtabs', str.expandtabs, s, 4)
        for w in [0, 5, 12]:
            case(t, 'center', str.center, s, w, '*')
            case(t, 'ljust', str.ljust, s, w)
            case(t, 'rjust', str.rjust, s, w, '-')
            case(t, 'zfill', str.zfill, s, w)
        for sub in SUBS:
            case(t, 'strContains', operator.contains, s, sub)
            for args in [(), (1,), (-3,), (1, -1), (10,), (0, 2)]:
                case(t, 'find', str.find, s, sub, *args)
                case(t, 'rfind', str.rfind, s, sub, *args)
                case(t, 'count', str.count, s, sub, *args)
                case(t, 'startswith', str.startswith, s, sub, *args)
                case(t, 'endswith', str.endswith, s, sub, *args)
            case(t, 'index', str.index, s, sub)
            case(t, 'rindex', str.rindex, s, sub)
            case(t, 'split', str.split, s, sub)
            case(t, 'split', str.split, s, sub, 1)
            case(t, 'rsplit', str.rsplit, s, sub, 1)
            case(t, 'partition', str.partition, s, sub)
            case(t, 'rpartition', str.rpartition, s, sub)
            case(t, 'strip', str.strip, s, sub)
            case(t, 'lstrip', str.lstrip, s, sub)
            case(t, 'rstrip', str.rstrip, s, sub)
            case(t, 'replace', str.replace, s, sub, '<>')
            case(t, 'replace', str.replace, s, sub, '', 1)
            case(t, 'removeprefix', str.removeprefix, s, sub)
            case(t, 'removesuffix', str.removesuffix, s, sub)
        case(t, 'startswith', str.startswith, s, ('x', 'a', 'H'))
        case(t, 'endswith', str.endswith, s, ('c', 'd'))
        for enc_ in ['utf-8', 'ascii', 'latin-1']:
            case(t, 'encode', str.encode, s, enc_)
            case(t, 'encode', str.encode, s, enc_, 'replace')
        case(t, 'strMul', operator.mul, s, 3)
        case(t, 'strMul', operator.mul, s, -1)
    for sep, items in [(',', ['a', 'b']), ('', []), ('-', ['x']), (', ', ['a', 1]), ('😀', ['a', 'b', 'c']), ('', ['x', 2.5])]:
        case(t, 'join', str.join, sep, items)
    case(t, 'startswith', str.startswith, 'abc', 1)
    case(t, 'startswith', str.startswith, 'abc', ('a', 1))
    case(t, 'center', str.center, 'abc', 10, 'xy')
    case(t, 'split', str.split, 'abc', 1)
    case(t, 'strGetItem', lambda s, i: s[i], 'abc', 2**70)
    case(t, 'encode', str.encode, 'abc', 'klingon')
    case(t, 'encode', str.encode, 'é€x\U0001f600', 'ascii')
    for a in STRS[:12] + ['\uffff', '\U0001f600', '\ue000']:
        for b in ['', 'a', 'abd', '\uffff', '\U0001f600', 'Z', 'ab\U0001f600']:
            case(t, 'strCompare', lambda x, y: (x > y) - (x < y), a, b)
    case(t, 'translate', str.translate, 'hello world', {ord('l'): 'L', ord('o'): None, ord('h'): 0x1f600})
    case(t, 'maketrans', lambda *a: list(str.maketrans(*a).items()), 'abc', 'xyz', 'd')
    write('str', t)


def gen_bytes():
    t = []
    bs = [b'', b'abc', b"it's", b'"q"', b'both\'"', b'\x00\x7f\x80\xff\\\t\n\r', bytes(range(0, 256, 7)),
          'héllo😀'.encode(), b'\xff', b'\xe4\xb8', b'\xe4\xb8x', b'\xe4x', b'\xed\xa0\x80', b'\xf4\x90\x80\x80',
          b'\xc0\xaf', b'a\x80b\xc3', b'\xf0\x9f\x98']
    for b in bs:
        case(t, 'bytesRepr', repr, b)
        case(t, 'bytesLen', len, b)
        case(t, 'bytesHex', bytes.hex, b)
        case(t, 'bytesHex', bytes.hex, b, ':', 2)
        for e in ['utf-8', 'ascii', 'latin-1']:
            for err in ['strict', 'replace', 'ignore']:
                case(t, 'bytesDecode', bytes.decode, b, e, err)
        for i in [0, -1, 3, 100]:
            case(t, 'bytesGetItem', lambda b, i: b[i], b, i)
        for sl in [(None, None, None), (1, None, None), (None, None, -1), (1, 5, 2)]:
            case(t, 'bytesSlice', lambda b, x, y, z: b[x:y:z], b, *sl)
        case(t, 'bytesConcat', operator.add, b, b'xy')
        case(t, 'bytearrayRepr', lambda b: repr(bytearray(b)), b)
    for s in ['', '00ff', '00 ff 1a', 'abc', 'zz', '0g', ' 01', '1 2']:
        case(t, 'bytesFromHex', bytes.fromhex, s)
    write('bytes', t)


def gen_math():
    t = []
    vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 10.0, 1e-300, 1e300, math.pi, -math.pi / 2, math.inf, -math.inf, math.nan,
            0, 1, 7, -3, 10**20, 2**1000, 10**400, True, 0.1, 100.5, 1e22]
    one = ['sqrt', 'exp', 'log', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'fabs', 'floor', 'ceil',
           'trunc', 'isfinite', 'isinf', 'isnan', 'degrees', 'radians', 'modf', 'frexp', 'log1p', 'expm1', 'sinh',
           'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'exp2', 'cbrt']
    for f in one:
        for v in vals:
            case(t, f, getattr(math, f), v)
    two = ['pow', 'atan2', 'hypot', 'fmod', 'copysign', 'log', 'isclose', 'ldexp', 'remainder', 'dist']
    pairs = [(2.0, 3.0), (0.0, -1.0), (-8.0, 1 / 3), (1.0, math.inf), (math.inf, 0.0), (2, 1100), (-0.0, -0.0),
             (10, 2), (1e300, 1e300), (5.5, -2.0), (-5.5, 2.0), (1.0, 1.0 + 1e-10), (8, 2), (math.nan, 1.0), (2**1000, 2),
             (3, -1075), (1.5, 2)]
    for f in two:
        for a, b in pairs:
            if f == 'dist':
                case(t, f, math.dist, (a, b), (b, a))
            else:
                case(t, f, getattr(math, f), a, b)
    for n in [0, 1, 5, 20, 25, 100, -1, 3.0, 2**100, 170, 171]:
        case(t, 'factorial', math.factorial, n)
        case(t, 'isqrt', math.isqrt, n)
    for a, b in [(12, 18), (0, 0), (-4, 6), (2**100, 2**60 * 3), (7, 0), (0, -5)]:
        case(t, 'gcd', math.gcd, a, b)
        case(t, 'lcm', math.lcm, a, b)
    for n, k in [(5, 2), (10, 0), (10, 11), (50, 25), (100, 50), (-1, 2), (5, -1), (3, None)]:
        case(t, 'comb', math.comb, n, k) if k is not None else None
        case(t, 'perm', math.perm, n, k)
    for xs in [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100], [1, 2, 3], [], [math.inf, 1.0], [math.inf, -math.inf],
               [1e308, 1e308], [1e308, 1e308, -1e308], [0.1, 0.2, 0.3, -0.6], [2**1000, -2**1000 + 1.0]]:
        case(t, 'fsum', math.fsum, xs)
        case(t, 'prod', math.prod, xs)
    case(t, 'hypot', math.hypot, 3, 4, 12)
    case(t, 'ldexp', math.ldexp, 1.0, 1024)
    case(t, 'ldexp', math.ldexp, 1.0, -1074)
    case(t, 'ldexp', math.ldexp, 1.0, -1075)
    case(t, 'log', math.log, 2**10000, 2)
    case(t, 'log10', math.log10, 10**500)
    case(t, 'log2', math.log2, 2**2000 + 1)
    case(t, 'sqrt', math.sqrt, 10**400)
    write('math', t)


def main():
    if sys.version_info[:2] != (3, 11):
        print('warning: the goldens are meant to be generated with CPython 3.11', file=sys.stderr)
    gen_arith()
    gen_float_repr()
    gen_int()
    gen_hash()
    gen_format_spec()
    gen_percent()
    gen_str_format()
    gen_str()
    gen_bytes()
    gen_math()


if __name__ == '__main__':
    main()
