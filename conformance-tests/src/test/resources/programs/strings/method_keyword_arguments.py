# Which str methods take keyword arguments, and CPython's messages when one does not.
CALLS = [
    ('split', (), {'maxsplit': 1}),
    ('split', (), {'sep': ' ', 'maxsplit': 0}),
    ('rsplit', (), {'maxsplit': 1, 'sep': ' '}),
    ('splitlines', (), {'keepends': True}),
    ('expandtabs', (), {'tabsize': 2}),
    ('encode', (), {'errors': 'strict'}),
    ('split', (' ',), {'sep': ' '}),
    ('encode', ('utf-8',), {'encoding': 'ascii'}),
    ('split', (), {'limit': 1}),
    ('splitlines', (), {'keep': True}),
    ('strip', (), {'chars': 'x'}),
    ('strip', (), {}),
    ('center', (9,), {'fillchar': '*'}),
    ('count', (), {'sub': 'a'}),
    ('startswith', (), {'prefix': 'a'}),
    ('find', ('b',), {'start': 0}),
    ('replace', ('a',), {'new': 'b'}),
    ('join', (), {'iterable': 'xy'}),
    ('format_map', (), {'mapping': {}}),
    ('translate', (), {'table': {}}),
    ('zfill', (), {'width': 9}),
    ('upper', (), {'x': 1}),
]

for name, args, kwargs in CALLS:
    try:
        print(name, repr(getattr('a b\tc\n', name)(*args, **kwargs)))
    except TypeError as e:
        print(name, 'TypeError:', e)

class S(str):
    pass

print(S('a b c').split(maxsplit=1), S('x y').rsplit(sep=' '))
try:
    S('ab').strip(chars='a')
except TypeError as e:
    print('TypeError:', e)
