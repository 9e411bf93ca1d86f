from enum import Enum
# CPython names the class's module after the caller's frame: routed unless module= is given.
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.__module__, Animal(2))
