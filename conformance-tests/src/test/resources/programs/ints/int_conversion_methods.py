print((255).to_bytes(2, "little"), (17).as_integer_ratio())
print(int.__name__, (12).real, (12).imag, (12).numerator, (12).denominator)
print((-7).conjugate(), float(2 ** 60), float(-(2 ** 70)))
print(int(float(2 ** 60)) == 2 ** 60)
