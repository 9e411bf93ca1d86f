# Classes, properties, dunder operators, exceptions and generators working together.
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    @property
    def length(self):
        return math.hypot(self.x, self.y)


class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__)

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def squares(n):
    for i in range(n):
        yield Square(i)


v = Vector(3, 4)
print(v + v, 2 * v, v.length, {v: "a", Vector(3, 4): "b"})
for shape in [Circle(1), *squares(3)]:
    print(shape)
try:
    Shape().area()
except NotImplementedError as e:
    print("not implemented:", e)
print(sorted([Circle(2), Square(3), Circle(1)], key=lambda s: s.area())[0])
