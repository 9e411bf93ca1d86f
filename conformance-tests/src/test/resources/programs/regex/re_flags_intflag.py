# re's flags are members of re.RegexFlag, an IntFlag shown by module name: ints in arithmetic,
# comparisons, dict keys and formatting; combined flags keep their names; unknown bits in hex.
import re

flags = [re.I, re.M, re.I | re.M, re.NOFLAG, re.A | re.I | re.L | re.U | re.M | re.S | re.X,
         re.I | 1024, ~re.I, re.I & re.M, re.I ^ re.I, re.I | 0, 3 | re.I, re.I + 1, re.DOTALL,
         re.IGNORECASE & 2, re.VERBOSE ^ 0x60, re.RegexFlag(4096), re.RegexFlag(8), True | re.S]
for f in flags:
    print(repr(f), str(f), type(f).__name__, isinstance(f, int), isinstance(f, re.RegexFlag),
          f == int(f), format(f), f'{f:x}', '%d' % f)
print(re.I.name, re.I.value, (re.I | re.M).name, re.NOFLAG.name, (re.I | 1024).name, (re.I | 1024).value)
print(re.RegexFlag, re.RegexFlag.__module__, re.RegexFlag.__mro__[1:3], re.I is re.IGNORECASE)
print({2: 'i'}[re.I], {re.M: 'm'}[8], re.I in {2}, hash(re.I) == 2, re.I < 3, sorted([re.M, re.I, 1]))
print(re.M in re.I | re.M, len(re.I | re.M), list(re.I | re.M | re.S), bool(re.NOFLAG), re.X * 2)
print(list(re.RegexFlag)[:3], re.RegexFlag['MULTILINE'], re.RegexFlag(2), re.RegexFlag.A)
p = re.compile('a', re.I | re.M)
print(p.flags, type(p.flags).__name__, p, re.compile('(?i)a').flags, re.compile('a', 2) is re.compile('a', re.I))
print(re.search('A', 'xa', re.I), re.findall('^b', 'a\nb', re.M), re.sub('a', 'b', 'AaA', flags=re.I))
print(re.split('x', 'aXbxc', flags=re.IGNORECASE), re.fullmatch('a.b', 'a\nb', re.S | re.I))
print(re.compile(' a # comment\n b', re.X | re.A))
for bad in (re.L, re.A | re.U):
    try:
        re.compile('a', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.I | 'x'
except TypeError as e:
    print('TypeError', e)
