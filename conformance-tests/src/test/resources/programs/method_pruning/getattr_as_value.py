# getattr passed around as a value: every call of it may name any method.
lookups = [getattr, hasattr]
g = lookups[0]
print(g('hello', 'cap' + 'italize')())
print(lookups[1]([], 'app' + 'end'))
print([m() for m in map(getattr, [1.5, 2], ['as_integer_' + 'ratio'] * 2)])
