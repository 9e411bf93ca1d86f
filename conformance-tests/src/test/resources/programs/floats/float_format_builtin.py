for x in (3.14159, -0.5, 1e20, 1.5e-10, 0.0):
    print(format(x), format(x, ".2f"), format(x, "e"), format(x, "g"), format(x, "%"))
print(format(1234567.891, ",.2f"), format(0.000012345, ".3g"), format(1e16, "g"))
