# & | ^ on ints in and out of the 32-bit range, bools, big ints, floats and user classes.
values = [0, 1, -1, 5, -6, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1, 2 ** 32 + 7, 2 ** 53 + 1,
          -(2 ** 53) - 3, 2 ** 70 + 5, -(2 ** 70), 0xD008, True, False]


def ops(a, b):
    return a & b, a | b, a ^ b


for a in values:
    print(a, [ops(a, b) for b in values])

for a in values:
    x = a
    x &= 0xFF
    y = a
    y |= 1 << 40
    z = a
    z ^= -1
    print(a, x, y, z, a & 1, a | 2, a ^ 53256, 3 & a, 1 | a, 7 ^ a)

print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)

for a, b in [(1.0, 1), (1, 2.5), (1.5, 2.5), ("a", 1), (None, 1), ([1], 1)]:
    for f in (lambda p, q: p & q, lambda p, q: p | q, lambda p, q: p ^ q):
        try:
            print(f(a, b))
        except TypeError as e:
            print("TypeError", e)


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o)

    def __rand__(self, o):
        return ("rand", o, self.v)

    def __or__(self, o):
        return ("or", self.v, o)

    def __rxor__(self, o):
        return ("rxor", o, self.v)

    def __repr__(self):
        return "Bits(%r)" % self.v


b = Bits(12)
print(b & 10, 10 & b, b | 3, 3 ^ b)


class I(int):
    def __and__(self, o):
        return "I.and"


print(I(6) & 3, 3 & I(6), I(6) | 1, type(I(6) | 1).__name__)

acc = 0
for i in range(100000):
    acc ^= (i * 2654435761) & 0xFFFFFFFF
    acc = (acc | (i & 7)) ^ (acc & 0x55555555)
print(acc)
