# Built-in operations that CPython runs by calling a named method of a built-in value, spelled
# nowhere in this program (the runtime looks them up by name).
match {'a': 1, 'b': 2}:
    case {'a': x, **rest}:
        print(x, rest)
match {'k': [1, 2]}:
    case {'k': [first, *others]}:
        print(first, others)
d = dict({'k': 1}, z=2)
print(d, dict(d.items()), sorted(d))
class M(dict):
    pass
print(dict(M(q=1)), {**M(r=2)})
print('-'.join(str(n) for n in range(3)), ' '.join(map(str, [1.5, 2])))
