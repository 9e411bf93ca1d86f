# complex subclasses: __new__ with extra attributes, arithmetic returns plain complex, hashing, formatting, overrides.
class Z(complex):
    def __new__(cls, re=0, im=0, tag='z'):
        o = super().__new__(cls, re, im)
        o.tag = tag
        return o
    def __repr__(self):
        return f'Z{complex.__repr__(self)}'
z = Z(1, 2, tag='t')
print(z, repr(z), z.tag, z.real, z.imag, type(z).__name__, isinstance(z, complex), z == 1+2j, 1+2j == z)
print(z + 1, type(z + 1).__name__, 1 + z, z * z, z - 1j, abs(Z(3, 4)), -z, z.conjugate(), type(-z).__name__)
print(hash(z) == hash(1+2j), {z: 1}[1+2j], {1+2j: 'a'}[z], complex(z), type(complex(z)).__name__, z ** 2)
print(f'{z}', format(z, '.1f'), str(z), [z], Z(), Z(5), Z(1.5, -0.5), bool(Z()), z != 1+2j)
class W(complex):
    def __add__(self, o):
        return 'W.add'
    def __radd__(self, o):
        return 'W.radd'
w = W(1)
print(w + 1, 1 + w, (1+1j) + w, w - 1, W.__mro__)
try:
    complex.__new__(int, 1)
except TypeError as e:
    print(e)
try:
    Z(1) < Z(2)
except TypeError as e:
    print(e)
