for n in (0, 1, 255, 256, -256, 2 ** 100, -(2 ** 100) - 1):
    print(n, n.bit_length(), bin(n).count("1"))
print((2 ** 64 + 3).to_bytes(9, "big").hex())
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
