from enum import Enum, Flag
Animal = Enum('Animal', 'ANT BEE CAT', module=__name__)
print(list(Animal), Animal.BEE, Animal.__module__, Animal(3))
Pair = Enum('Pair', [('A', 'a'), ('B', 'b')], module='mymod', qualname='Outer.Pair')
print(repr(Pair.A), Pair.__qualname__, Pair.__module__, Pair)
Bits = Flag('Bits', 'X Y Z', module=__name__)
print(list(Bits), Bits.X | Bits.Z, Bits(6))
Colors = Enum('Colors', {'R': 1, 'G': 2}, module=__name__)
print(Colors.G, Colors(1))
