# decimal: construction, conversions, mixed-type comparisons and hashes, contexts and the
# signals' exceptions with CPython's messages.
import math
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, DefaultContext, InvalidOperation, DivisionByZero,
                     Overflow, Underflow, Inexact, Rounded, FloatOperation, ConversionSyntax,
                     DivisionUndefined, DivisionImpossible, DecimalException, Clamped,
                     ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, MAX_PREC, MIN_ETINY, DecimalTuple)
from fractions import Fraction

for text in ['1_000.5', ' -0.0 ', '1e-7', '.5', '5.', 'NaN12', '-sNaN', 'inf', '-Infinity',
             '\u0661\u0662.5', '1E+999999999', 'abc', '1e', '']:
    try:
        print(repr(text), repr(Decimal(text)))
    except InvalidOperation as e:
        print(repr(text), type(e).__name__, e.args)
print(Decimal(-0.0), Decimal(0.1), Decimal(2 ** 70), Decimal(True), Decimal(Decimal('3.10')))
print(Decimal((1, (1, 2, 3), -2)), Decimal((0, (), 'F')), Decimal((1, [4, 2], 'n')))
for bad in [(1, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), (0, (1,)), [1], object()]:
    try:
        Decimal(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = Decimal('-12.3450')
print(d.as_tuple(), d.as_tuple().exponent, d.as_integer_ratio(), d.adjusted(), d.to_eng_string())
print(int(d), float(d), round(d), round(d, 1), math.floor(d), math.ceil(d), math.trunc(d))
print(Decimal('1.5') == Fraction(3, 2), Decimal('0.5') == 0.5, Decimal(1) < Fraction(4, 3),
      Decimal(2) > 1.5, 1 == Decimal('1.000'), Decimal('NaN') == Decimal('NaN'))
print(hash(Decimal('0.5')) == hash(0.5), hash(Decimal(7)) == hash(7),
      hash(Decimal('1.25')) == hash(Fraction(5, 4)), hash(Decimal('-Infinity')))
print(sorted([Decimal('2.5'), 1, 0.5, Decimal('-1E+2')]), max(Decimal(3), Decimal('3.0')))
print(Fraction(Decimal('-1.25')), Fraction(Decimal('1E+3')), Fraction(2, 3) == Decimal(1),
      Fraction(1, 4) == Decimal('0.25'), Fraction(1, 3) < Decimal('0.34'))
print(getcontext())
print(BasicContext, ExtendedContext, sep='\n')
c = Context(prec=6, rounding=ROUND_UP, traps=[Inexact], flags=[])
print(c, c.Etiny(), c.Etop(), MAX_PREC, MIN_ETINY)
for attr, value in [('prec', 0), ('rounding', 'up'), ('Emax', -1), ('clamp', 2), ('prec', 'x')]:
    try:
        setattr(c, attr, value)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for expr in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('x'),
             lambda: divmod(Decimal(1), 0), lambda: Decimal('1E999999') * 10,
             lambda: Decimal('1E+30') // Decimal('1E-30'), lambda: Decimal('NaN') < 1,
             lambda: Decimal(1) + 1.5, lambda: 2.5 * Decimal(1), lambda: Decimal(1) + '1',
             lambda: Decimal('sNaN') + 1, lambda: Decimal(-4).sqrt(), lambda: Decimal(0) ** 0]:
    try:
        print(expr())
    except (ArithmeticError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, DecimalException), isinstance(e, ZeroDivisionError))
with localcontext(prec=4, rounding=ROUND_DOWN) as ctx:
    print(Decimal(2) / 3, ctx.prec, ctx.flags[Inexact], ctx.flags[Overflow])
    ctx.traps[Inexact] = True
    try:
        Decimal(1) / 3
    except Inexact as e:
        print('trapped', e)
print(Decimal(2) / 3, getcontext().prec)
with localcontext(BasicContext) as ctx:
    print(ctx.prec, Decimal(1) / 7)
    try:
        Decimal('1E-999999') / 10
    except Underflow as e:
        print('Underflow', e)
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, getcontext().flags[DivisionByZero])
setcontext(DefaultContext)
print(getcontext().flags[DivisionByZero], Decimal(1) / 3)
getcontext().traps[FloatOperation] = True
try:
    Decimal(0.5)
except FloatOperation as e:
    print('FloatOperation', e, isinstance(e, TypeError))
print(Decimal(5) == 5.0)
