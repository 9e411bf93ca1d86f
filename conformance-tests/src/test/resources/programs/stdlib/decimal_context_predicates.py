# The predicates and conversions a decimal Context offers besides Decimal methods.
from decimal import Decimal, Context, getcontext, ROUND_HALF_EVEN
c = Context(prec=5)
for x in (Decimal("1.5"), Decimal("-0"), Decimal("NaN"), Decimal("sNaN"), Decimal("1e-1000"), Decimal("Infinity"), 7):
    print(c.is_normal(x), c.is_subnormal(x), c.is_qnan(x), c.is_snan(x), c.number_class(x), c.to_integral(x) if not isinstance(x, Decimal) or not x.is_snan() else "-", c.copy_decimal(x))
print(c.same_quantum(Decimal("1.50"), Decimal("2.00")), c.same_quantum(1, Decimal("1.0")), c.canonical(Decimal(3)), c.is_canonical(Decimal(2)))
for bad in (lambda: c.canonical(3), lambda: c.is_canonical(2.5), lambda: c.is_normal("x")):
    try:
        bad()
    except TypeError as e:
        print(e)
print(Decimal("2.5").to_integral(), Decimal(7).number_class(), hash(Decimal("-1.66E+14")))
