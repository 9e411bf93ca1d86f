# The Enum functional API without module= names the class's module after the caller's frame
# (CPython's sys._getframe(2)): here, in a helper module, through an alias, via a subclass.
import enum
from enum import Enum, IntEnum, Flag, StrEnum

import enum_mods.maker as maker

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.__module__, Animal(2), Animal.__qualname__)
E = Enum
Alias = E("Alias", ["A", "B"])
print(Alias.__module__, enum.IntEnum("Num", "ONE TWO").__module__, Flag("F", "R W").__module__)
print(StrEnum("S", "a b").__module__, IntEnum("I", "P Q", module="elsewhere").__module__)
print(maker.Made.__module__, maker.Perm.__module__, maker.make("Built", "K L").__module__)
Sub = maker.Base("Sub", "M N")
print(Sub.__module__, Sub.M.describe(), Enum._create_("Direct", "D").__module__)


def in_function():
    return Enum("Local", "Z").__module__


print(in_function())
print(dir(Animal))
print(dir(Animal.ANT))
print(dir(Sub.M))
print(dir(maker.Perm) == sorted(set(dir(int)) | {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__", "__members__", "__module__", "__name__", "__qualname__", "R", "W", "X", "__new__"}))
print([n for n in dir(maker.Perm.R) if not n.startswith("_")])
print([n for n in dir(IntEnum("I2", "P")) if not n.startswith("__")][:8])
