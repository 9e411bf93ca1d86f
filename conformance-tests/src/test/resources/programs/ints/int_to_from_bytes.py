# int.to_bytes / int.from_bytes: byte orders, two's complement, keyword arguments and
# the OverflowError / ValueError / TypeError messages.
for n in [0, 1, 255, 256, 65535, -1, -128, -129, 2 ** 64 + 3, -(2 ** 63), True]:
    for order in ['big', 'little']:
        for signed in [False, True]:
            try:
                b = n.to_bytes(9, order, signed=signed)
                print(n, order, signed, b, int.from_bytes(b, order, signed=signed))
            except OverflowError as e:
                print(n, order, signed, 'OverflowError', e)
print((1).to_bytes(), (1024).to_bytes(length=2, byteorder='little'), (0).to_bytes(0, 'big'))
print(int.from_bytes(b''), int.from_bytes(b'', 'big', signed=True), int.from_bytes([1, 2], 'big'), int.from_bytes((255,), 'little', signed=True))
print(int.from_bytes(bytes=b'\x01\x00', byteorder='little'), int.from_bytes(b'\x80' + bytes(15), 'big'), int.from_bytes(b'\xff' * 20, 'little', signed=True))
class Big:
    def __bytes__(self):
        return b'\x01\x02'
print(int.from_bytes(Big(), 'big'), int.from_bytes(b'\x7f\xff', 'big', signed=True), (-1).to_bytes(20, 'little', signed=True))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1, 'mid'), lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(0, 'big'),
          lambda: (-129).to_bytes(1, 'little', signed=True), lambda: int.from_bytes('ab', 'big'), lambda: int.from_bytes(5, 'big'),
          lambda: int.from_bytes([256], 'big'), lambda: (1).to_bytes('x'), lambda: (1).to_bytes(1, 'big', True),
          lambda: int.from_bytes(b'\x01', 'little', True), lambda: (1).to_bytes(2, 'big', bogus=1)]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
