import abc


class Shape(abc.ABC):
    def __init__(self, size):
        self.size = size

    @abc.abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} of area {self.area()}"


# A reason of its own to be routed: exec() is never transpiled.
exec("SIDES = 4")
