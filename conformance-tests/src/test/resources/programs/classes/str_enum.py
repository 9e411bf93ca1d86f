# Enums mixed with str: class C(str, Enum), StrEnum (auto, (bytes, codec) members, errors), ReprEnum.
import enum
from enum import Enum, StrEnum, auto, ReprEnum, IntEnum

class Color(str, Enum):
    RED = 'red'
    GREEN = 'green'

print(Color.RED, repr(Color.RED), f'{Color.RED}', format(Color.RED, '>8'), '%s' % Color.RED, str(Color.RED))
print(Color.RED == 'red', 'red' == Color.RED, Color('red') is Color.RED, Color.RED.value, Color.RED.name)
print(isinstance(Color.RED, str), Color.RED.upper(), Color.RED + '!', len(Color.RED), Color.RED in {'red': 1})
print(list(Color), Color['GREEN'], Color.GREEN < Color.RED, sorted(Color))
print({'red': 1}[Color.RED], hash(Color.RED) == hash('red'), type(Color.RED).__mro__)

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'
    TRIANGLE = auto()

print(Shape.CIRCLE, repr(Shape.CIRCLE), f'{Shape.SQUARE}', format(Shape.SQUARE, '>5'), str(Shape.TRIANGLE))
print(Shape.CIRCLE == 'circle', Shape('sq'), Shape.SQUARE.value, list(Shape), Shape.SQUARE.upper())
print('%s|%r' % (Shape.CIRCLE, Shape.CIRCLE), [Shape.CIRCLE], Shape.CIRCLE + 'x', type(Shape.CIRCLE + 'x').__name__)
import json
print(json.dumps(Shape.CIRCLE), json.dumps({Shape.SQUARE: Color.RED}))
try:
    Shape('nope')
except ValueError as e:
    print(e)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print(e)
class Mixed(str, ReprEnum):
    X = 'x'
print(Mixed.X, repr(Mixed.X), f'{Mixed.X:^5}')
class Num(IntEnum):
    ONE = 1
print(Num.ONE, repr(Num.ONE))
class Custom(StrEnum):
    A = 'a'
    def __str__(self):
        return 'custom-' + self.value
print(Custom.A, f'{Custom.A}', repr(Custom.A))
print(Shape.__members__.keys() if False else list(Shape.__members__))
print(Color.RED.replace('r', 'R'), Color.RED.split('e'), ''.join([Color.RED, Shape.SQUARE]))
match Shape.CIRCLE:
    case 'circle':
        print('circle matched')
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
class B(StrEnum):
    A = b'abc', 'ascii'
    U = b'\xc3\xa9', 'utf-8', 'strict'
    L = b'\xff', 'latin-1'
print(B.A, B.U, B.L, repr(B.A), B('abc'), list(B))
try:
    class Bad(StrEnum):
        A = 'a', 5
except TypeError as e:
    print(e)
try:
    class Bad2(StrEnum):
        A = b'\xff', 'ascii'
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
