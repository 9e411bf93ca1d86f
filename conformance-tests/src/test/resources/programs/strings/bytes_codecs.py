# str.encode / bytes.decode with utf-8, ascii, latin-1, utf-16 and utf-32, the error
# handlers the runtime implements, and CPython's UnicodeError messages and fields.
def show(f):
    try:
        r = f()
        print(ascii(r) if isinstance(r, str) else r)
    except (UnicodeError, TypeError, LookupError) as e:
        print(type(e).__name__, e, e.args[2:] if isinstance(e, UnicodeError) else '')
s = 'héllo €😀'
for f in [lambda: s.encode(), lambda: s.encode('UTF8'), lambda: s.encode('latin-1'), lambda: s.encode('ascii'),
          lambda: s.encode('ascii', 'ignore'), lambda: s.encode('latin_1', errors='replace'), lambda: s.encode('Latin1', 'backslashreplace'),
          lambda: s.encode('us-ascii', 'xmlcharrefreplace'), lambda: s.encode('utf-16'), lambda: s.encode('utf-16-le'),
          lambda: s.encode('UTF_16_BE'), lambda: s.encode('utf-32'), lambda: s.encode('utf-32-be'), lambda: s.encode(encoding='u8'),
          lambda: s.encode('utf-8').decode('utf-8'), lambda: s.encode('utf-16').decode('utf-16'), lambda: s.encode('utf-16-be').decode('utf-16-be'),
          lambda: s.encode('utf-32').decode('utf-32'), lambda: s.encode('utf-32-le').decode('utf-32-le'), lambda: s.encode('latin-1', 'replace').decode('latin-1')]:
    show(f)
for b in [b'a\xffb', b'\xe2\x82', b'\xe2(\xa1', b'\xed\xa0\x80x', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'ok\xc3', b'\xef\xbb\xbfbom']:
    show(lambda: b.decode())
    show(lambda: b.decode('utf-8', 'ignore'))
    show(lambda: b.decode('utf-8', 'replace'))
    show(lambda: b.decode('utf-8', errors='backslashreplace'))
    show(lambda: b.decode('utf-8', 'surrogateescape'))
    show(lambda: b.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
    show(lambda: b.decode('ascii'))
    show(lambda: b.decode('ascii', 'surrogateescape'))
for b in [b'a\x00b', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'a\x00\x00\xd8', b'\xfe\xff\x00a', b'\xff\xfea\x00', b'\xff\xfe']:
    show(lambda: b.decode('utf-16'))
    show(lambda: b.decode('utf-16-le', 'replace'))
    show(lambda: b.decode('utf-16-be', 'backslashreplace'))
for b in [b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'a\x00\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a']:
    show(lambda: b.decode('utf-32'))
    show(lambda: b.decode('utf-32-le', 'replace'))
    show(lambda: b.decode('utf-32-be', 'ignore'))
for t in ['\ud800\ud801x', 'a\udcff\udc80b', 'aé€', 'ÿĀ', '\udc41']:
    show(lambda: t.encode('utf-8'))
    show(lambda: t.encode('utf-8', 'surrogateescape'))
    show(lambda: t.encode('utf-16-le'))
    show(lambda: t.encode('utf-32', 'replace'))
    show(lambda: t.encode('ascii', 'surrogateescape'))
    show(lambda: t.encode('latin-1'))
    show(lambda: t.encode('latin-1', 'surrogateescape'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xe9', encoding='latin-1'), str(b'x', errors='strict'), str(b'\xff', 'ascii', 'replace'))
for f in [lambda: str(b'\xff', 'utf-8'), lambda: str('x', 'ascii'), lambda: str(5, 'ascii'), lambda: b'\xff'.decode('utf-8', 'bogus'),
          lambda: 'é'.encode('ascii', 'bogus'), lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'), lambda: bytes('é', 'ascii')]:
    show(f)
try:
    b'caf\xe9'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, repr(e))
e = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad')
print(e, repr(e), e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
print(UnicodeEncodeError('ascii', 'ab', 0, 2, 'why'), UnicodeEncodeError('ascii', 'ab', 1, 2, 'why'))
'é'.encode('ascii')
