# str subclasses overriding __eq__/__hash__/__add__/__getitem__/__iter__/..., __new__ with extra attributes, pattern matching.
class CI(str):
    """Case-insensitive str."""
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __ne__(self, other):
        return not self == other
    def __hash__(self):
        return hash(self.lower())
    def __contains__(self, item):
        return item.lower() in self.lower()
    def __getitem__(self, i):
        return CI(super().__getitem__(i))
    def __add__(self, other):
        return CI(super().__add__(other))
    def __radd__(self, other):
        return CI(other + str(self))
    def __iter__(self):
        return iter(['<', str(self), '>'])
    def __lt__(self, other):
        return self.lower() < str(other).lower()

a = CI('Hello')
print(a == 'HELLO', 'HELLO' == a, a != 'hello', a in ['hello'], 'hello' in [a])
d = {a: 1}
print(d.get(CI('hELLO')), 'hello' in d, {a} == {CI('HELLO')})
print('ELL' in a, a[1:3], type(a[1:3]).__name__, type(a + 'x').__name__, type('x' + a).__name__, a + 'x', 'x' + a)
print(list(a), sorted([CI('b'), CI('A'), CI('c')]), a < 'world')
print(str.__eq__(a, 'hello'), str.__eq__(a, 'Hello'), a.upper())
class Tag(str):
    def __new__(cls, name, level=0):
        self = super().__new__(cls, name)
        self.level = level
        return self
    def __init__(self, name, level=0):
        self.seen = True
    def __repr__(self):
        return f'Tag({str(self)!r}, {self.level})'
t = Tag('x', 3)
print(t, repr(t), t.level, t.seen, vars(t), [t], {t: t})
print(Tag.__mro__, Tag.__bases__, issubclass(Tag, str))
class Mul(str):
    def __mul__(self, n):
        return 'mul'
    def __rmul__(self, n):
        return 'rmul'
    def __mod__(self, o):
        return 'mod'
    def __rmod__(self, o):
        return 'rmod'
m = Mul('q')
print(m * 2, 2 * m, m % 1, '%s' % m, 'x' * 2)
class Other:
    def __radd__(self, o):
        return 'other-radd'
    def __rmul__(self, o):
        return 'other-rmul'
class P(str): pass
p = P('p')
print(p + Other(), p * Other(), p.__class__.__name__, P.__name__, P.__qualname__)
class WithSlots(str):
    __slots__ = ()
try:
    WithSlots('a').x = 1
except AttributeError as e:
    print(e)
try:
    class Bad(str, int): pass
except TypeError as e:
    print(e)
class Len(str):
    def __len__(self):
        return 0
print(bool(Len('abc')), len(Len('abc')))
class H(str):
    def __eq__(self, o):
        return True
try:
    hash(H('a'))
except TypeError as e:
    print(e)
match P('hi'):
    case 'hi':
        print('matched literal')
match P('hi'):
    case str(x):
        print('matched str', x, type(x).__name__)
print(str.__new__(P, 'z'), type(str.__new__(P, 'z')).__name__)
try:
    str.__new__(int, 'z')
except TypeError as e:
    print(e)
print(isinstance(P('a'), (int, str)), P('3').isdigit(), P('a,b').split(','), [type(x).__name__ for x in P('a,b').split(',')])
print(max(P('a'), 'b'), min([P('b'), P('a')]), type(min([P('b'), P('a')])).__name__)
print(P('x').__str__(), type(P('x').__str__()).__name__, type(str(P('x'))).__name__, type(repr(P('x'))).__name__)
class Self(str):
    def __str__(self):
        return self
print(type(str(Self('q'))).__name__, Self('q'), f'{Self("q")}')
