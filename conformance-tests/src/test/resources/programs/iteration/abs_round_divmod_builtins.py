print(abs(-3), abs(2.5), round(3.14159, 3), divmod(-7, 2), pow(2, 8), pow(2, -1), pow(-2, 3, 5))
print(bin(10), oct(10), hex(-255), chr(0x263A), ord("€"), ascii("é😀"), repr(1e-7))
