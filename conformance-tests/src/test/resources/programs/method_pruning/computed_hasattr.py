# hasattr and setattr with names built at run time reach the methods of built-in types.
names = ['is' + 'title', 'spl' + 'itlines', 'no' + 'such']
for n in names:
    print(n, hasattr('Abc', n), hasattr(b'Abc', n))
try:
    setattr('abc', 'zf' + 'ill', 1)
except AttributeError as e:
    print(e)
print(getattr([3, 1, 2], 'co' + 'unt')(1))
