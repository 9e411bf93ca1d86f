for n in (0, 10, -10, 255, 2 ** 70):
    print(bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "#x"), format(-255, "#o"), format(255, "08b"))
