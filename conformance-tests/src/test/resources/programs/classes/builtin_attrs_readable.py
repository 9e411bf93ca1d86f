# Every name dir() lists for the built-in types can be read from the type and from an instance.
# The members of type that describe CPython's C structures (__basicsize__, __itemsize__,
# __flags__, __dictoffset__, __weakrefoffset__) are left out: the runtime refuses them.
LAYOUT = {'__basicsize__', '__itemsize__', '__flags__', '__dictoffset__', '__weakrefoffset__'}
SAMPLES = [(int, 7), (float, 2.5), (str, 'ab'), (bytes, b'ab'), (list, [1]), (tuple, (1,)), (dict, {1: 2}),
           (set, {1}), (frozenset, frozenset({1})), (range, range(3)), (slice, slice(1, 2)), (bool, True),
           (object, object()), (type, int), (complex, 1j)]
for T, x in SAMPLES:
    readable = 0
    for n in dir(T):
        if n in LAYOUT:
            continue
        try:
            getattr(T, n)
            readable += 1
        except Exception as e:
            print(T.__name__, n, 'ERR', type(e).__name__)
        try:
            getattr(x, n)
        except Exception as e:
            print(T.__name__, 'instance', n, 'ERR', type(e).__name__)
    print(T.__name__, readable, 'of', len(dir(T)))

# The type's own descriptors, as vars() holds them, are the ones read from the class.
print(vars(list)['append'] is list.append, vars(str)['split'] is str.split, vars(dict)['__getitem__'] is dict.__getitem__)
print(vars(list)['__ne__'] is list.__ne__, '__ne__' in vars(list), vars(int)['__getnewargs__'] is int.__getnewargs__)
print(list.__ne__ is list.__ne__, object.__lt__ is object.__lt__, list.__ne__ is object.__ne__)
for f in [list.__ne__, tuple.__ne__, dict.__ne__, set.__ne__, range.__ne__, slice.__ne__, object.__lt__, complex.__ge__,
          dict.__lt__, set.__rsub__, frozenset.__rand__, dict.__ror__, set.__ror__, bytes.__mod__, bytes.__rmod__,
          list.__imul__, range.__bool__, int.__getnewargs__, float.__getnewargs__, complex.__getnewargs__,
          object.__getstate__, object.__reduce_ex__, object.__reduce__, set.__reduce__, range.__reduce__,
          slice.__reduce__, int.__sizeof__, object.__sizeof__, list.__sizeof__, set.union, frozenset.union]:
    print(repr(f), f.__name__, f.__qualname__)
