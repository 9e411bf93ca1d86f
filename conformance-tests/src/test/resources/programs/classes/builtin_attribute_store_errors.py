# Setting or deleting an attribute of a built-in value: the error names the kind of descriptor
# (getset, read-only member, method) CPython finds for the name, also for unused methods.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


objs = [1, 1.5, 1j, [], 'x', {}, (), set(), range(3), slice(1), True, None, b'x', frozenset()]
for o in objs:
    for n in ['real', 'imag', 'numerator', 'sort', 'upper', 'keys', 'start', 'count', '__doc__',
              '__class__', '__len__', 'nope', 'conjugate', 'denominator', 'step', 'stop']:
        show(lambda: delattr(o, n))
        show(lambda: setattr(o, n, 1))
try:
    del [].sort
except AttributeError as e:
    print(e)
try:
    (5).real = 1
except AttributeError as e:
    print(e)
