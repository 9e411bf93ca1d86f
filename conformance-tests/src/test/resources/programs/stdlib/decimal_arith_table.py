# Thousands of decimal operations on seeded pseudo-random operands (a linear congruential
# generator), under many precisions, rounding modes, exponent limits and clamp settings; every
# result is printed with the flags it raised, so each rounding path is checked against CPython.
import decimal
from decimal import Decimal, Context

state = 12345


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
           decimal.Rounded, decimal.Subnormal, decimal.Underflow, decimal.Overflow]
ROUNDINGS = [decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN,
             decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_UP,
             decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
OPS = ['+', '-', '*', '/', '//', '%', 'divmod', 'neg', 'abs', 'plus', 'fma']

for i in range(2500):
    if rnd(4) == 0:
        ctx = Context(prec=28, rounding=ROUNDINGS[rnd(8)], traps=[])
    else:
        ctx = Context(prec=1 + rnd(30), rounding=ROUNDINGS[rnd(8)], Emin=-(rnd(3) * 50 + 9),
                      Emax=rnd(3) * 50 + 9, clamp=rnd(2), traps=[])
    decimal.setcontext(ctx)
    a, b, c = Decimal(number()), Decimal(number()), Decimal(number())
    op = OPS[rnd(len(OPS))]
    if op == '+':
        r = a + b
    elif op == '-':
        r = a - b
    elif op == '*':
        r = a * b
    elif op == '/':
        r = a / b
    elif op == '//':
        r = a // b
    elif op == '%':
        r = a % b
    elif op == 'divmod':
        r = divmod(a, b)
    elif op == 'neg':
        r = -a
    elif op == 'abs':
        r = abs(a)
    elif op == 'plus':
        r = +a
    else:
        r = a.fma(b, c)
    flags = ''.join(s.__name__[:2] for s in SIGNALS if ctx.flags[s])
    print(i, ctx.prec, ctx.rounding[6:], op, a, b, c, r, flags)
