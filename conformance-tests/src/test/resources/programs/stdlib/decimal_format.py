# Decimal.__format__: every presentation type, width, fill, alignment, sign, z, grouping and
# precision, on finite and special values, and the specifications _decimal rejects.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP

VALUES = ['1234.5678', '-0.0001', '0', '-0.004', '1E+3', '0E-7', '123456789', '9.995', '-2.5',
          'NaN', '-Infinity', 'sNaN12', '1.23456789E-12']
SPECS = ['', '.3', '.0', 'e', '.0e', '10.3e', 'E', '.2f', '+08.2f', 'f', 'F', '.1%', '^11.2%',
         '.0%', 'g', '.3g', '.1G', 'n', ',', '015,.2f', 'z.1f', ' ', '=+9', '*^+12,.3f', '<10',
         '>10.4', '05', ',.3e', '_', '<05', '#.0f', '.x', '2.3.4']
for spec in SPECS:
    row = []
    for v in VALUES:
        try:
            row.append(format(Decimal(v), spec))
        except ValueError as e:
            row.append('ValueError: ' + str(e))
    print(repr(spec), row)
print(f"{Decimal('3.14159'):.2f} {Decimal('2.5'):>8} {Decimal('-1E-10'):e}")
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal('1.99'), '.1f'), format(Decimal('2.5'), '.0f'))
with localcontext(rounding=ROUND_HALF_UP, capitals=0):
    print(format(Decimal('2.5'), '.0f'), format(Decimal('1E+20'), ''), str(Decimal('1E+20')))
