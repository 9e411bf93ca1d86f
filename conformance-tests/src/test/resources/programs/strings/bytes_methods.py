# bytes methods: ASCII-only case and character classes, searching with ints and bytes,
# splitting on ASCII whitespace, padding, hex and fromhex, and their error messages.
b = b'  Hello, World\xe9\t\n'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b'\xe9t\xc9'.upper())
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' \n\tH'), b'\x85a\xa0'.strip(), b'xxaxx'.strip(b'x'))
print(b.split(), b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a b  c '.rsplit(None, 1), b'a\x1cb\x85c'.split())
print(b'a,b,c'.rsplit(b',', 1), b'  a  b  '.split(maxsplit=1), b'x'.split(sep=b'x'), b''.split(), b''.split(b','))
print(b'l1\nl2\r\nl3\rl4\x0bl5'.splitlines(), b'a\nb\n'.splitlines(True), b'a\nb'.splitlines(keepends=True))
print(b'-'.join([b'a', b'bc', b'']), b''.join(iter([b'x', b'y'])), b', '.join(x for x in [b'1', b'2']))
print(b'banana'.find(b'an'), b'banana'.find(b'an', 2), b'banana'.rfind(b'an'), b'banana'.find(97), b'banana'.find(b'x'))
print(b'banana'.index(b'n'), b'banana'.rindex(110), b'banana'.count(b'a'), b'banana'.count(b''), b'banana'.count(97, 2, -1))
print(b'banana'.startswith(b'ba'), b'banana'.startswith((b'x', b'ban')), b'banana'.endswith(b'na', 0, 4), b'banana'.endswith(b''))
print(b'banana'.replace(b'a', b'o'), b'banana'.replace(b'a', b'', 2), b'ab'.replace(b'', b'-'), b'aaa'.replace(b'a', b'b', 0))
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'none'.partition(b'='), b'none'.rpartition(b'='))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.py'.removesuffix(b'.py'), b'x'.removeprefix(b''))
print(b'ab'.center(7, b'*'), b'ab'.center(6), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'-42'.zfill(6), b'+7'.zfill(4), b'a\tbc\td'.expandtabs(4))
print(b'abc123'.isalnum(), b'abc'.isalpha(), b'\xe9'.isalpha(), b'123'.isdigit(), b''.isdigit(), b'abc'.islower(), b'ABC1'.isupper())
print(b' \t\n\x0b\x0c\r'.isspace(), b'\x1c'.isspace(), b'Title Case'.istitle(), b'not Title'.istitle(), b'\x7f'.isascii(), b'\x80'.isascii())
print(b'\x00\xffab'.hex(), b'\x01\x02\x03\x04\x05'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03'.hex(b' ', -2))
print(bytes.fromhex('01 ff\tAb'), bytes.fromhex(''), b''.fromhex('00'))
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), b'aabbcc'.translate(table), b'abcdef'.translate(None, b'bd'), b'abc'.translate(table, delete=b'a'))
for f in [lambda: b'a'.find('a'), lambda: b'a'.split('a'), lambda: b'a'.startswith('a'), lambda: b'a'.replace('a', b'b'),
          lambda: b','.join(['a']), lambda: b'a'.strip('a'), lambda: b'a'.count('a'), lambda: b'a'.center(3, 'x'),
          lambda: b'a'.center(3, b'xy'), lambda: b'a'.partition(b''), lambda: b'a'.find(256), lambda: b'a'.index(b'z'),
          lambda: b'a'.split(b''), lambda: b'a'.translate(b'x'), lambda: bytes.fromhex('a'), lambda: bytes.fromhex('zz'),
          lambda: bytes.fromhex('0 1'), lambda: b'abc'.hex('::'), lambda: b'a'.join([b'x', 5]), lambda: b'a'.zfill('x'),
          lambda: b'a'.rindex(120), lambda: bytes.maketrans(b'a', b'bc'), lambda: b'a'.startswith((b'a', 'x')),
          lambda: b'b'.startswith((b'a', 'x')), lambda: b'a'.removeprefix(5), lambda: b'a'.find(b'a', 'x'), lambda: b'a'.upper(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
