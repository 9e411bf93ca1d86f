# Decimals with coefficients longer than sys.set_int_max_str_digits()'s limit: CPython's C
# decimal converts them whatever their length, while the int limit still applies to ints.
import decimal
from decimal import Decimal, localcontext

with localcontext() as ctx:
    ctx.prec = 9100
    a = Decimal('1' * 5000)
    b = Decimal('7' * 4500 + '.' + '3' * 400)
    s = str(a * b)
    print(len(s), s[:20], s[-20:])
    print(len(repr(a + b)), (a / 7).adjusted(), len(str(a - b)))
    print(len(a.as_tuple().digits), a.logb(), str(Decimal(2) ** 20000)[:30])
    print(format(a, '.3e'), len(format(b, 'f')))
    print(a.logical_and(Decimal('1' * 5000)) == a, len(str(a.rotate(3))))
    n = int(a)
    try:
        print(len(str(n)))
    except ValueError as e:
        print('ValueError', e)
    print(n.bit_length(), Decimal(n) == a, Decimal(10 ** 5000).adjusted())
print(Decimal(10 ** 5000) > 0, str(Decimal(10) ** 5000))
