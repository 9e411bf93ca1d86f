class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class N(int):
    def __radd__(self, o):
        return "N.radd"
print(1 + N(2), N(2) + 1)
