x = 1
for i in range(1, 40):
    x *= i
    x -= i
    x //= 2
    x **= 1
print(x)
y = 10
y %= 3; print(y)
y <<= 70; print(y)
y >>= 69; print(y)
y ^= 0b111; print(y)
y |= 16; y &= 0b11010; print(y)
