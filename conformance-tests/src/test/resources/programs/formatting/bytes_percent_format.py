# printf-style formatting of bytes: %s/%b take bytes or __bytes__, %r/%a give ascii(),
# %c takes an int or one byte, mapping keys are bytes, and the bytes-specific errors.
class Obj:
    def __bytes__(self):
        return b'<obj>'
print(b'%s %b|%5s|%-4b|%.1s' % (b'a', b'b', b'ab', b'c', b'xyz'))
print(b'%r %a %r' % ('\xe9', 'x', b'q'), b'%c%c%c' % (97, b'b', True), b'%s' % Obj(), b'%%|%d' % 5)
print(b'%d %i %u %x %X %o %#x %+05d % d' % (3, True, 2.5, 255, 255, 8, 255, 42, 7))
print(b'%f %.2e %g %10.3f %-8.1f|' % (1.5, 12345.678, 0.0001, 3.14159, 2.25))
print(b'%(k)s=%(v)d' % {b'k': b'key', b'v': 3}, b'plain' % {}, b'plain' % [], b'%s' % ((b'tuple',),)[0])
print(b'\xff%s\x00' % b'\xfe', b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
for f in [lambda: b'%s' % 'a', lambda: b'%s' % 5, lambda: b'%c' % 256, lambda: b'%c' % b'ab', lambda: b'%c' % 'a',
          lambda: b'%(k)s' % {'k': b'v'}, lambda: b'%s %s' % (b'a',), lambda: b'%y' % 1, lambda: b'a' % b'',
          lambda: b'%s' % (1, 2), lambda: b'%d' % b'1', lambda: b'%c' % -1, lambda: b'a' % 5, lambda: b'%s' % []]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
