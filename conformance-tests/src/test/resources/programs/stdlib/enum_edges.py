from enum import Enum, Flag, auto, unique, EnumMeta, EnumType

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color(2), Color['BLUE'])
print(Color.__members__)
print(list(Color.__members__.items())[-1], type(Color.__members__))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color) is EnumMeta, EnumMeta is EnumType)
print([c.name for c in reversed(Color)], f'{Color.GREEN}', f'{Color.GREEN:>12}|', format(Color.BLUE))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash('RED'))
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.CRIMSON], Color)
for bad in (7, 'RED'):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.GREEN
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print('ValueError', e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print('ValueError', e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), Auto.D.value)

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(Named.X.value, Named('y'))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    def describe(self):
        return f'{self.name} {self.gravity:.2f}'
print(Planet.EARTH.value, Planet.EARTH.describe(), Planet((3.303e+23, 2.4397e6)))

class Shape(Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape('SQ'), Shape.default(), Shape.SQUARE.default())
try:
    Shape(3)
except ValueError as e:
    print('ValueError', e)

class Coded(Enum):
    def __new__(cls, code, label):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.label = label
        return obj
    OK = (200, 'fine')
    MISSING = (404, 'not found')
print(Coded(404), Coded.OK.label, Coded.OK.value)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(RW, repr(RW), RW.value, Perm.R in RW, Perm.X in RW, bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(list(RW), len(RW), ~Perm.R, repr(~RW), Perm(7), Perm.R & Perm.W, Perm.R ^ RW)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
class Col(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Col), Col.WHITE, repr(Col.RED | Col.BLUE), Col(7) is Col.WHITE, Col.__members__.keys())
print(Perm, repr(Perm), Perm.R.name, type(Perm.R))
class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
try:
    class Disordered(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('TypeError', e)
class Ign(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = tmp
print(list(Ign))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
