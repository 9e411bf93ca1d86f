from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    def describe(self):
        return f'{self.name}: {self.area()}'

print(sorted(Shape.__abstractmethods__), type(Shape), type(Shape).__name__)
try:
    Shape()
except TypeError as e:
    print(e)

class Partial(Shape):
    def area(self):
        return 1
try:
    Partial()
except TypeError as e:
    print(e)

class Square(Partial):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
    @property
    def name(self):
        return 'square'
    @classmethod
    def make(cls):
        return cls(2)
print(Square.__abstractmethods__, Square.make().describe(), isinstance(Square(1), Shape))

class OneLeft(Square):
    @abstractmethod
    def extra(self): pass
try:
    OneLeft(1)
except TypeError as e:
    print(e)

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, 'draw')
        return NotImplemented

class Circle:
    def draw(self): pass
class Blob: pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Blob, Drawable), isinstance(Blob(), Drawable))

class Sized(ABC): pass
@Sized.register
class MyList: pass
print(issubclass(MyList, Sized), isinstance(MyList(), Sized), Sized.register(MyList) is MyList)
Sized.register(list)
print(isinstance([], Sized), issubclass(tuple, Sized))
class Sub(MyList): pass
print(issubclass(Sub, Sized))
try:
    Sized.register(3)
except TypeError as e:
    print('TypeError', e)
class Child(Sized): pass
try:
    Child.register(Sized)
except RuntimeError as e:
    print('RuntimeError', e)
class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, BadHook)
except AssertionError as e:
    print('AssertionError', e)
try:
    issubclass(3, Sized)
except TypeError as e:
    print('TypeError', e)

class Late:
    def f(self): pass
Late.f = abstractmethod(Late.f)
Late.__abstractmethods__ = frozenset({'f'})
try:
    Late()
except TypeError as e:
    print(e)
Late.__abstractmethods__ = frozenset()
print(type(Late()).__name__)

class A2(ABC):
    @abstractmethod
    def g(self): pass
class B2(A2):
    pass
B2.g = lambda self: 5
update_abstractmethods(B2)
print(B2().g(), A2.__abstractmethods__)
print(ABC.__abstractmethods__, type(ABC).__mro__)
class WithNew(ABC):
    @abstractmethod
    def h(self): pass
    def __new__(cls, *a):
        return super().__new__(cls)
try:
    WithNew()
except TypeError as e:
    print(e)
print(Shape.__subclasses__() == [Partial])
try:
    abstractmethod(len)
except AttributeError as e:
    print(e)
