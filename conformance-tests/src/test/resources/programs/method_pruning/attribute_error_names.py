# The AttributeError of a name that is not a method: message and name as CPython's, whatever
# the optimiser left out of the method table.
for v in ['abc', b'abc', 3, 2.5, [1], (1,), {1: 2}]:
    try:
        v.uppr
    except AttributeError as e:
        print(e)
try:
    'abc'.no_such_method()
except AttributeError as e:
    print(e)
print(hasattr('abc', 'uppr'))
