# Built-in methods called with too few or too many positional arguments raise CPython's
# TypeError (each family of its messages), on every call path: direct, through a bound method,
# through the class, with *args.
cases = [
    ([1], 'append', ()), ([1], 'append', (1, 2)), ([1], 'copy', (1,)), ([1], 'insert', (0,)),
    ([1], 'pop', (0, 1)), ([1], 'index', ()), ([3, 1], 'sort', (True,)), ([3, 1], 'sort', (1, 2, 3)),
    ('ab', 'center', ()), ('ab', 'center', (1, ' ', 3)), ('ab', 'upper', (1,)), ('ab', 'split', (',', 1, 2)),
    ('ab', 'find', ()), ('ab', 'replace', ('a',)), ('ab', 'join', ()), ('ab', 'strip', (' ', ' ')),
    ('ab', 'startswith', ()), ('ab', 'splitlines', (True, False)), ('ab', 'encode', ('utf-8', 'strict', 1)),
    ({1: 2}, 'get', ()), ({1: 2}, 'get', (1, 2, 3)), ({1: 2}, 'setdefault', ()), ({1: 2}, 'pop', ()),
    ({1: 2}, 'keys', (1,)), ({1: 2}, 'update', ({}, {})), ({1}, 'add', ()), ({1}, 'discard', (1, 2)),
    ((1,), 'index', ()), ((1,), 'count', ()), (5, 'bit_length', (1,)), (1.5, 'hex', (1,)),
    (b'ab', 'decode', ('utf-8', 'strict', 1)), (b'ab', 'hex', (1, 2, 3)), (range(3), 'index', ()),
]
for obj, name, args in cases:
    for how in ('bound', 'class', 'star'):
        try:
            if how == 'bound':
                m = getattr(obj, name)
                r = m(*args)
            elif how == 'class':
                r = getattr(type(obj), name)(obj, *args)
            else:
                r = getattr(obj, name)(*args)
            print(type(obj).__name__, name, len(args), how, 'ok', repr(r))
        except TypeError as e:
            print(type(obj).__name__, name, len(args), how, e)
print(''.fromhex if False else 'x')
for f in (bytes.fromhex, float.fromhex, dict.fromkeys, str.maketrans):
    try:
        f()
    except TypeError as e:
        print(e)
x = [1]
try:
    x.append()
except TypeError as e:
    print(e)
try:
    'a'.center()
except TypeError as e:
    print(e)
print(x, {}.get(1), 'ab'.center(4, '*'), [3, 1, 2].pop(), 'a b'.split(None, 1))
