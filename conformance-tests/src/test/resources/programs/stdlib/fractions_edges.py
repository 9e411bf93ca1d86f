from fractions import Fraction
import math

F = Fraction
print(F(1, 3) + F(1, 6), F('0.75'), F(0.5), F(3, 6) == 0.5, F(10, -8), F(-0), F())
print(repr(F(3, 4)), str(F(4, 2)), repr(F(True)), F(F(1, 7), 5), F(F(1, 7), F(2, 3)))
for s in ['314', '-35/4', '3.1415', '-47e-2', ' 1_000.5 ', '.5', '5.', '1E3', '+7/ 3', '1/0', 'x', '', '1.2.3', '3 /4', 'inf', '1_2/3_4', '1__0']:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
print(F(1.47), F(2.25), F(-0.1), F.from_float(0.1), F.from_float(3))
for bad in [lambda: F(1, 0), lambda: F(1.5, 2), lambda: F([1]), lambda: F.from_float('1'), lambda: F(float('inf')), lambda: F(float('nan')), lambda: F(1, 2) + 'a', lambda: F(1, 0.5)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(a + 1, 1 + a, a - 1, 2 - a, a * 2, 2 * a, a / 3, 3 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a / 0.25, a ** 2, a ** -2, b ** -3, a ** 0, 2 ** F(2), 4 ** F(1, 2), a ** 0.5, F(-8, 27) ** F(1, 3) if False else 0)
print(F(1, 2) ** F(2), (-a) ** 3, 0.5 ** F(2), F(9, 4) ** F(1, 2), 2 ** F(-2))
print(a == F(6, 8), a == 0.75, a != 1, F(2) == 2, F(1, 3) == 1 / 3, a < b, a > 0.7, a <= 1, b >= -1, a < float('inf'), a > float('nan'), a == float('nan'))
print(sorted([F(1, 2), 0.3, 1, F(-1, 3), True]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-2, 7)), hash(F(1, 2**61 - 1)), hash(F(5, 1 << 70)))
print({F(1, 2): 'half'}[F(2, 4)], {F(1, 4): 'q'}.get(F(1, 4)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), int(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(-3, 8), 1))
print(float(F(1, 3)), float(F(10**400, 3 * 10**399)), bool(F(0)), bool(F(1, 9)))
pi = F('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(1), F(-7, 9).limit_denominator(2))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(a.numerator, a.denominator, a.as_integer_ratio(), a.real, a.imag, a.conjugate(), isinstance(a, Fraction))
print(sum([F(1, n) for n in range(1, 11)]), max(F(1, 3), F(2, 7)), min(0.3, F(1, 3)))
print('%s and %r' % (a, a), f'{a}', format(a, ''), str(F(-1, 3)))

class Sub(Fraction):
    pass

s = Sub(2, 4)
print(repr(s), type(s).__name__, repr(s + 1), type(s + 1).__name__, s == F(1, 2))
