# exp, ln, log10, powers with non-integral, negative and huge exponents, three-argument pow,
# and the total-ordering, neighbour, digit-wise and logical methods, on seeded pseudo-random
# operands (a linear congruential generator) under random contexts; every result is printed
# with the flags it raised, so each rounding path is checked against CPython.
import decimal
from decimal import Decimal, Context

state = 2024


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def number():
    k = rnd(20)
    if k == 0:
        return ['NaN', 'sNaN', 'Inf', '-Inf', 'NaN7', '-0', '0E+5', '1', '1.000', '10', '-1',
                '0.5'][rnd(12)]
    if k == 19:
        return ['2', '4', '8', '16', '25', '125', '9', '27', '1E+2', '0.01'][rnd(10)]
    digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(12 if k < 15 else 30)))
    exp = rnd(30) - 15 if k < 17 else rnd(400) - 200
    return ('-' if rnd(3) == 0 else '') + digits + 'E' + str(exp)


def exponent():
    k = rnd(4)
    if k == 0:
        return ['0.5', '-0.5', '1.5', '0.25', '-2.5', '0.1', '3.3', 'Inf', '-Inf', '1E+2',
                '-7E-1'][rnd(11)]
    if k == 1:
        return str(rnd(80) - 40)
    if k == 2:
        return str(rnd(60000) - 30000)
    return number()


def bits():
    return ''.join('01'[rnd(2)] for _ in range(1 + rnd(30)))


SIGNALS = [decimal.Clamped, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Inexact,
           decimal.Rounded, decimal.Subnormal, decimal.Underflow, decimal.Overflow]
ROUNDINGS = [decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN,
             decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_UP,
             decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
UNARY = ['exp', 'ln', 'log10', 'logb', 'next_minus', 'next_plus', 'logical_invert']
BINARY = ['power', 'scaleb', 'next_toward', 'compare_signal', 'compare_total',
          'compare_total_mag', 'max_mag', 'min_mag', 'remainder_near', 'rotate', 'shift',
          'logical_and', 'logical_or', 'logical_xor']

for i in range(1500):
    if rnd(4) == 0:
        ctx = Context(prec=28, rounding=ROUNDINGS[rnd(8)], traps=[])
    else:
        ctx = Context(prec=1 + rnd(30), rounding=ROUNDINGS[rnd(8)], Emin=-(rnd(3) * 50 + 9),
                      Emax=rnd(3) * 50 + 9, clamp=rnd(2), traps=[])
    k = rnd(len(UNARY) + len(BINARY) + 1)
    if k < len(UNARY):
        op = UNARY[k]
        a = Decimal(bits() if op == 'logical_invert' and rnd(2) else number())
        b = ''
        r = getattr(ctx, op)(a)
    elif k < len(UNARY) + len(BINARY):
        op = BINARY[k - len(UNARY)]
        a = Decimal(number())
        if op == 'power':
            b = Decimal(exponent())
        elif op in ('scaleb', 'rotate', 'shift') and rnd(4):
            b = Decimal(rnd(70) - 35)
        elif op.startswith('logical') and rnd(4):
            a, b = Decimal(bits()), Decimal(bits())
        else:
            b = Decimal(number())
        r = getattr(ctx, op)(a, b)
    else:
        op = 'pow3'
        a = Decimal(rnd(10 ** 8) - 5 * 10 ** 7)
        b = Decimal(rnd(10 ** 6)) if rnd(8) else Decimal(number())
        m = Decimal(rnd(10 ** 7) - 5 * 10 ** 6)
        r = ctx.power(a, b, m)
        b = str(b) + ' % ' + str(m)
    flags = ''.join(s.__name__[:2] for s in SIGNALS if ctx.flags[s])
    print(i, ctx.prec, ctx.rounding[6:], op, a, b, r, flags)

# the operators and their error messages
decimal.setcontext(Context())
print(Decimal(2) ** Decimal('0.5'), Decimal('0.5') ** Decimal('-1.5'), 2 ** Decimal('0.5'))
print(pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 7), pow(3, Decimal(4), 5), pow(Decimal(3), 4, Decimal(5)))
print(Decimal(10).ln(), Decimal('2.5').exp(), Decimal(1000).log10(), Decimal('1E-3').logb())
CASES = [('(-2) ** 0.5', lambda: Decimal(-2) ** Decimal('0.5')),
         ('pow(1.5, 2, 5)', lambda: pow(Decimal('1.5'), 2, 5)),
         ('ln(0)', lambda: Decimal(0).ln()),
         ('pow(2, -1, 5)', lambda: pow(Decimal(2), -1, 5)),
         ('log10(-1)', lambda: Decimal(-1).log10()),
         ('logb(0)', lambda: Decimal(0).logb())]
for text, thunk in CASES:
    try:
        print(text, thunk())
    except Exception as e:
        print(text, type(e).__name__, e)
