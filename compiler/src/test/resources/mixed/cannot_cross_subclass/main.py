import shapes


class Square(shapes.Shape):
    def area(self):
        return self.size ** 2


print(Square(3).describe(), shapes.SIDES)
