# str subclass instances passed to builtins, str methods, json and re; the TypeErrors of str operations.
import json, re
class S(str):
    pass
s = S('hello')
print(int(S('42')), float(S('1.5')), complex(S('1+2j')), ord(S('a')), S('ff').encode(), bytes(S('ab'), 'ascii'))
print(json.dumps(s), json.dumps({s: [s]}), json.dumps(S('é"')))
m = re.match(r'h(el)', s)
print(m.group(0), m.group(1), type(m.group(1)).__name__, m.string is s, re.sub('l', 'L', s), re.findall('l', s), re.split('e', s))
print(getattr(s, S('upper'))(), hasattr(s, S('zz')))
print(print(S('a'), S('b'), sep=S('-'), end=S('!\n')))
print(s.split(), s.partition('l'), s.center(11, '*'), s.zfill(8), s.count(S('l')), s.find('l'), s.index(S('o')))
print(s.encode('utf-8'), str(s.encode(), 'ascii'), s.startswith((S('x'), 'he')))
print(reversed(s) is not None, ''.join(reversed(s)), sorted(s), max(s), min(S('zab')), set(S('aab')) == {'a','b'})
print(s.format(), S('{} {x}').format(1, x=2), S('%s and %d') % ('x', 5), '%c' % S('z'))
try:
    sum([S('a')], S(''))
except TypeError as e:
    print(e)
try:
    s + 5
except TypeError as e:
    print(e)
try:
    5 + s
except TypeError as e:
    print(e)
try:
    s * 'x'
except TypeError as e:
    print(e)
try:
    s < 3
except TypeError as e:
    print(e)
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    3 in s
except TypeError as e:
    print(e)
print(s.__len__(), str.__len__(s), str.__add__(s, 'x'), s.__getnewargs__(), str.__mul__('ab', 3))
print(bool(S('')), bool(s), s.isalpha(), S(' x ').strip(), type(S(' x ').strip()).__name__)
x = s
x += '!'
print(x, type(x).__name__)
print(S(), repr(S()), S(5), S(b'x', 'ascii'), S(object='q'), S(3.5))
