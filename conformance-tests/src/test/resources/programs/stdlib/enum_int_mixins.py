# IntEnum and IntFlag: members are ints (arithmetic, dict keys, formatting), with enum reprs,
# lookups, aliases, pseudo-members of IntFlag (boundary KEEP) and the messages of CPython 3.11.
from enum import Enum, Flag, IntEnum, IntFlag, auto, unique


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = '3'
    CRIMSON = 1


print(repr(Color.RED), str(Color.RED), format(Color.RED, '03d'), f'{Color.GREEN}', f'{Color.GREEN!r}')
print(Color.RED + 1, Color.BLUE.value, type(Color.BLUE.value).__name__, Color.CRIMSON is Color.RED)
print(Color(2), Color['RED'], Color.RED == 1, {1: 'a'}[Color.RED], {Color.GREEN: 'g'}[2])
print(hash(Color.RED) == hash(1), isinstance(Color.RED, int), isinstance(Color.RED, Color), type(Color.RED))
print(sorted([Color.BLUE, Color.RED, 0]), list(Color), len(Color), list(Color.__members__))
print(Color.RED < Color.GREEN, Color.RED.name, Color.RED.value, int(Color.GREEN), Color.RED | 2, Color.RED.real)
print('%d %s %r %x' % (Color.RED, Color.RED, Color.RED, Color.BLUE), str(Color.RED).zfill(3), max(Color))
print(Color.RED * 3, [10, 20, 30][Color.GREEN], range(Color.BLUE), divmod(Color.BLUE, Color.GREEN))
print(Color.__mro__, IntEnum.__mro__)
for bad in (7, 'RED', 1.5):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)


class Num(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(repr(Num.A), repr(Num.B), repr(Num.D), Num.A.value + Num.D)
try:
    class Bad(IntEnum):
        A = 'x'
except ValueError as e:
    print('ValueError', e)
try:
    unique(Color)
except ValueError as e:
    print('ValueError', e)


class Mixed(int, Enum):
    A = 1
    B = 2


print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), f'{Mixed.B:>8}', Mixed.A + 1, Mixed.B == 2)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RW = 6


for v in (Perm.R | Perm.W, Perm.R | 8, ~Perm.R, Perm(0), Perm(-1), Perm.R & 4, Perm.R ^ Perm.R,
          Perm(9), Perm.RW, 2 | Perm.R, Perm.R & 3, ~(Perm.R | Perm.W | Perm.X), Perm(7), Perm(-8),
          Perm.X ^ 3, ~Perm(0)):
    print(repr(v), str(v), format(v), type(v).__name__, v.name, v.value, bool(v), len(v))
print(Perm.R in (Perm.R | Perm.W), list(Perm.R | Perm.W | Perm.X), list(Perm), 5 | Perm.R)
print(repr(Perm.R + 1), type(Perm.R + 1).__name__, repr(-Perm.R), repr(Perm.R << 1), Perm.R == 4, Perm.R > 3)
print(list(Perm.__members__.items()), Perm(6) is Perm.RW, Perm.R | Perm.W is Perm.RW)
try:
    Perm.R | 'x'
except TypeError as e:
    print('TypeError', e)
try:
    1.5 in Perm.R
except TypeError as e:
    print('TypeError', e)


class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(repr(Opt.A | Opt.C), Opt.C.value, repr(Opt(16)), repr(Opt(3) | Opt(16)), repr(~Opt.B))


class F(Flag):
    A = 1
    B = 2


print(repr(F.A | F.B), repr(~F.A), str(F.A | F.B), repr(F(0)))
for bad in (8, -9):
    try:
        F(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    F.A | 1
except TypeError as e:
    print('TypeError', e)
