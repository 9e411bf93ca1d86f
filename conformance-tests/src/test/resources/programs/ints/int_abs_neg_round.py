print(abs(-5), abs(-(2 ** 80)), -(-(2 ** 80)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), type(round(7)).__name__, round(2 ** 70, -20))
