class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def area_of(w, h):
        return w * h
    @classmethod
    def kind(cls):
        return cls.__name__
class Square(Shape):
    pass
s = Square.create()
print(type(s).__name__, Shape.count, Square.kind(), s.kind(), Shape.area_of(2, 3), s.area_of(4, 5))
