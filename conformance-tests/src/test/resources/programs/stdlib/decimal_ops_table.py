# Seeded pseudo-random operands (a linear congruential generator) through quantize, sqrt,
# integral powers, normalize, to_integral, compare/min/max, rounding to ints, hashing, float
# conversion, comparisons and formatting, under many contexts; results and flags are printed.
import decimal
from decimal import Decimal, Context

state = 987654321


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def number():
    k = rnd(20)
    if k == 0:
        return ['NaN', 'sNaN', 'Inf', '-Inf', 'NaN123', '-0', '0E+5', '0.000'][rnd(8)]
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(12 if k < 15 else 40)))
    exp = rnd(30) - 15 if k < 17 else rnd(4000) - 2000
    return ('-' if rnd(3) == 0 else '') + digits + 'E' + str(exp)


SIGNALS = [decimal.Clamped, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Inexact,
           decimal.Rounded, decimal.Subnormal, decimal.Underflow, decimal.Overflow,
           decimal.FloatOperation]
ROUNDINGS = [decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN,
             decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_UP,
             decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
OPS = ['quantize', 'compare', 'max', 'min', 'sqrt', 'normalize', 'integral', 'pow', 'powi',
       'order', 'eq', 'hash', 'int', 'float', 'round', 'str', 'eng', 'tuple', 'format']
FORMATS = ['', '.3', '.5e', '.2f', '>12,.3f', '.4%', 'g', '.1G', '+.0f', '012.4', '*^15.6',
           'E', 'z.2f', ' 10.1e', ',']

for i in range(2500):
    if rnd(4) == 0:
        ctx = Context(prec=28, rounding=ROUNDINGS[rnd(8)], traps=[])
    else:
        ctx = Context(prec=1 + rnd(30), rounding=ROUNDINGS[rnd(8)], Emin=-(rnd(3) * 50 + 9),
                      Emax=rnd(3) * 50 + 9, clamp=rnd(2), traps=[])
    decimal.setcontext(ctx)
    a, b = Decimal(number()), Decimal(number())
    op = OPS[rnd(len(OPS))]
    try:
        if op == 'quantize':
            r = a.quantize(b)
        elif op == 'compare':
            r = a.compare(b)
        elif op == 'max':
            r = a.max(b)
        elif op == 'min':
            r = a.min(b)
        elif op == 'sqrt':
            r = a.sqrt()
        elif op == 'normalize':
            r = a.normalize()
        elif op == 'integral':
            r = (a.to_integral_value(), a.to_integral_exact(),
                 a.to_integral_value(ROUNDINGS[rnd(8)]))
        elif op == 'pow':
            r = a ** Decimal(rnd(12) - 4)
        elif op == 'powi':
            r = Decimal(str(rnd(200)) + 'E-' + str(rnd(3))) ** (rnd(40) - 15)
        elif op == 'order':
            r = (a < b, a <= b, a > b, a >= b)
        elif op == 'eq':
            r = (a == b, a != b, a == 5, a == 0.5, a < 2.5)
        elif op == 'hash':
            r = hash(a) if not a.is_nan() else 'nan'
        elif op == 'int':
            r = (int(a), round(a), a.__floor__(), a.__ceil__())
        elif op == 'float':
            r = float(a)
        elif op == 'round':
            r = round(a, rnd(6) - 2)
        elif op == 'str':
            r = (str(a), repr(a), a.adjusted(), a.is_normal(), a.is_subnormal(), a.is_zero(),
                 a.is_signed(), a.is_finite(), a.same_quantum(b), a.number_class())
        elif op == 'eng':
            r = a.to_eng_string()
        elif op == 'tuple':
            r = (a.as_tuple(), a.copy_sign(b), a.copy_negate(), a.copy_abs())
        else:
            r = format(a, FORMATS[rnd(len(FORMATS))])
    except (ValueError, OverflowError, TypeError, ArithmeticError) as e:
        r = type(e).__name__ + ': ' + str(e)
    flags = ''.join(s.__name__[:2] for s in SIGNALS if ctx.flags[s])
    print(i, ctx.prec, ctx.rounding[6:], op, a, b, r, flags)
