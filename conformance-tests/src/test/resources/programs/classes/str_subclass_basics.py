# str subclasses: instances, inherited methods return plain str, operators, hashing, formatting, iteration.
class S(str):
    pass
s = S('hello')
print(s, repr(s), type(s).__name__, type(s) is S, isinstance(s, str))
print(s == 'hello', 'hello' == s, s != 'x', s < 'world', 'a' < s, hash(s) == hash('hello'))
print(s + '!', '!' + s, type(s + '!').__name__, type('!' + s).__name__)
print(s * 2, 2 * s, type(s * 2).__name__)
print(s.upper(), type(s.upper()).__name__, s[1:3], type(s[1]).__name__, len(s))
print(list(s), 'ell' in s, S('ell') in 'hello', s in ['hello'], 'hello' in [s])
d = {s: 1}
print(d['hello'], d[S('hello')])
print(str(s), type(str(s)).__name__, f'{s}|{s!r}|{s:>8}', '%s-%r' % (s, s), format(s, '^9'))
print(''.join([s, S(' '), 'x']), ','.join(S('abc')), S(',').join(['a', 'b']))
print('hello world'.startswith(S('he')), 'a,b'.split(S(',')), s.replace('l', S('L')))
class T(str):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v.upper())
        o.extra = extra
        return o
    def __str__(self):
        return 'T<' + super().__str__() + '>'
    def __repr__(self):
        return f'T({super().__repr__()}, {self.extra})'
    def __len__(self):
        return 42
t = T('abc', 7)
print(t, repr(t), len(t), t.extra, t == 'ABC', t.lower(), [t], f'{t}', '%s' % t, str(t))
print(sorted([S('b'), 'c', S('a')]))
for ch in S('xy'):
    print(ch, type(ch).__name__)
