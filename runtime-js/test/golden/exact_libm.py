#!/usr/bin/env python3
"""Writes exact-libm.json: arguments and correctly rounded values of log, exp, sin, cos, acos and
pow, computed with the decimal module at 60 digits (exact to the last bit of a double but for
astronomically rare ties), for test/exact-libm.test.js. Run from runtime-js/ with python3."""
import decimal
import json
import math
import os
import random
from decimal import Decimal

decimal.getcontext().prec = 60
HERE = os.path.dirname(os.path.abspath(__file__))


def pi():
    # Machin: pi = 16 atan(1/5) - 4 atan(1/239)
    def atan_inv(n):
        x = Decimal(1) / n
        total, term, k, sign = Decimal(0), x, 1, 1
        while term > Decimal(10) ** -70:
            total += sign * term / k
            term *= x * x
            k += 2
            sign = -sign
        return total
    return 16 * atan_inv(5) - 4 * atan_inv(239)


PI = pi()


def sin_cos(x):
    x = Decimal(x)
    k = (x / (PI / 2)).to_integral_value()
    r = x - k * PI / 2
    s, c, term, n = Decimal(0), Decimal(0), Decimal(1), 0
    while n < 80:
        if n % 2 == 0:
            c += term if n % 4 == 0 else -term
        else:
            s += term if n % 4 == 1 else -term
        n += 1
        term = term * r / n
    q = int(k) % 4
    return [(s, c), (c, -s), (-s, -c), (-c, s)][q]


def acos(x):
    if x == 1:
        return Decimal(0)
    if x == -1:
        return PI
    y = Decimal(math.acos(x))
    for _ in range(8):
        s, c = sin_cos_dec(y)
        y = y + (c - Decimal(x)) / s
    return y


def sin_cos_dec(y):
    s, c, term, n = Decimal(0), Decimal(0), Decimal(1), 0
    while n < 80:
        if n % 2 == 0:
            c += term if n % 4 == 0 else -term
        else:
            s += term if n % 4 == 1 else -term
        n += 1
        term = term * y / n
    return s, c


def main():
    r = random.Random(2024)
    cases = []
    xs = [r.random() for _ in range(200)] + [r.uniform(-700, 700) for _ in range(100)]
    xs += [math.ldexp(r.random(), r.randint(-1000, 1000)) for _ in range(100)]
    xs += [1 - r.random() * 2.0 ** -r.randint(1, 50) for _ in range(50)]
    xs += [1 + r.random() * 2.0 ** -r.randint(1, 50) for _ in range(50)]
    for x in xs:
        if x > 0:
            cases.append(['log', x.hex(), float(Decimal(x).ln()).hex()])
        if abs(x) < 700:
            cases.append(['exp', x.hex(), float(Decimal(x).exp()).hex()])
        if abs(x) < 2 ** 20:
            s, c = sin_cos(x)
            cases.append(['sin', x.hex(), float(s).hex()])
            cases.append(['cos', x.hex(), float(c).hex()])
    for _ in range(200):
        x = r.uniform(-1, 1) if r.random() < 0.6 else r.choice([1, -1]) * (1 - r.random() * 2.0 ** -r.randint(1, 52))
        cases.append(['acos', x.hex(), float(acos(x)).hex()])
    for _ in range(200):
        x, y = r.uniform(0.001, 10), r.uniform(-5, 5)
        cases.append(['pow', x.hex(), y.hex(), float((Decimal(x).ln() * Decimal(y)).exp()).hex()])
    with open(os.path.join(HERE, 'exact-libm.json'), 'w') as f:
        json.dump(cases, f, separators=(",", ":"))
        f.write('\n')


if __name__ == '__main__':
    main()
