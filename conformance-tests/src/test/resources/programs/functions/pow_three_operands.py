# Three-argument pow() tries the power of each operand's type in turn, as CPython's ternary_op: a Python class's __pow__ only for the first operand, float refusing a modulus, and decimal.Decimal (a C type in CPython) converting all three operands.
from decimal import Decimal
class A:
    def __pow__(self, o, m=None):
        return ('A', type(o).__name__, m)
class B:
    def __rpow__(self, o, m=None):
        return ('B', o, m)
    def __pow__(self, o, m=None):
        return ('Bp', type(o).__name__, m)
class N:
    def __pow__(self, o, m=None):
        return NotImplemented
print(pow(A(), 2, 3), pow(Decimal(3), 4, 5), pow(3, Decimal(4), 5), pow(3, 4, Decimal(5)), pow(Decimal(-3), 3, 7))
for args in [(2, B(), 3), (2, 3, B()), (2.0, 3, 5), (3, 2.0, 5), ('a', 2, 3), (2, 3, 4.0), (B(), A(), 1), (A(), B(), 1),
             (N(), 2, 3), (2.0, Decimal(3), 5), (Decimal(2), 3.0, 5), (Decimal(2), 3, 'x'), (True, 2, 3), (2, -1, 5), (3, 2, None), ('a', 2.0, 3), ([], 2, 3.5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print('TypeError', str(e).replace('decimal.Decimal', 'Decimal'))
