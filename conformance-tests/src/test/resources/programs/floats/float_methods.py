x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), float.fromhex("0x1.8p1"), (-0.0).hex())
print(int(x), int(-x), float(7), x.real, x.imag, x.conjugate())
import math
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), math.floor(3), type(math.floor(2.5)).__name__)
