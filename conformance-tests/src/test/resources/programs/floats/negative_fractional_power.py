# A negative float to a fractional power is complex, as float_pow hands it to complex's power.
print((-8.0) ** 0.5)
print(pow(-27.0, 1/3))
y = -4
y **= 0.5
print(y, type(y).__name__)
print((-8) ** 0.5, (-1.0) ** 2.5)
print(abs((-9.0) ** 0.5))
try:
    print(0.0 ** -0.5)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print((-8.0) ** 2.0, (-8.0) ** -1.0)
