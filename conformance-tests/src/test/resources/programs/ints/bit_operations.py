print(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(-5 & 0xff, -5 | 2, -5 ^ 7)
print(1 << 100, (1 << 100) >> 98)
print(-1 >> 5, -100 >> 3, -(1 << 70) >> 69)
print((2 ** 64 - 1) & -(2 ** 32))
print((1 << 200) | 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
