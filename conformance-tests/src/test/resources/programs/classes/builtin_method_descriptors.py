# A built-in type's method read from the class is a method descriptor or slot wrapper: it checks
# the instance it is called with (or bound to) and keeps its identity and repr.


class C:
    pass


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except TypeError as e:
        return 'TypeError: ' + str(e)


print(attempt(list.append, C(), 1))
print(attempt(list.sort, C(), key=len))
print(attempt(list.__len__, C()))
print(attempt(dict.get, [], 1))
print(attempt(dict.__setitem__, C(), 1, 2))
print(attempt(set.add, frozenset(), 1))
print(attempt(str.upper, 3))
print(attempt(str.__add__, 'a', 'b'), attempt(str.__add__, 1, 'b'))
print(attempt(int.__add__, True, 1), attempt(float.__add__, 1, 2.0), attempt(float.__add__, 1.5, 2))
print(attempt(tuple.count, [1, 1], 1))
print(attempt(list.append), attempt(list.__len__))
print(attempt(object.__repr__, 3).startswith('<int object at'))
print(str.join(',', ['a', 'b']), list(map(str.upper, ['x', 'y'])), sorted(['b', 'A', 'c'], key=str.lower))

# Identity and repr.
print(list.append is list.append, str.split == str.split, list.append is not [].append)
print(list.append, int.__add__, str.__len__)
print(list.append.__name__, type(list.append).__name__ in ('method_descriptor', 'builtin_function_or_method'))

# Subclasses: the descriptor accepts their instances, explicitly and through super().
class L(list):
    def append(self, x):
        list.append(self, x * 10)

    def extend(self, xs):
        super().extend([x + 1 for x in xs])


class D(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.upper(), v)


l = L([1])
l.append(2)
l.extend([3, 4])
print(l, list.__len__(l), list.__getitem__(l, 1))
d = D()
d['a'] = 1
print(d, dict.get(d, 'A'), dict.__contains__(d, 'A'))


# Stored in a class: the descriptor binds, and refuses an instance of another type when read.
class M:
    app = list.append
    up = str.upper


for get in (lambda: M().app, lambda: M().up, lambda: M().app(1)):
    try:
        print(get())
    except TypeError as e:
        print('TypeError:', e)


class N(list):
    push = list.append
    size = list.__len__


n = N()
n.push(7)
n.push(8)
print(n, n.size())
print(M.app is list.append, M.__dict__['app'] is list.append)
