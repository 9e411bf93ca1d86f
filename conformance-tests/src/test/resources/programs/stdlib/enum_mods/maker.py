from enum import Enum, IntFlag


def make(name, members):
    return Enum(name, members)


Made = Enum("Made", "X Y")
Perm = IntFlag("Perm", "R W X")


class Base(Enum):
    def describe(self):
        return self.name.lower()
