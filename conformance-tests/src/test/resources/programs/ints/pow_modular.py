print(pow(3, 4, 5), pow(2, 100, 97), pow(7, 0, 1))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(-3, 3, 7))
print(pow(3, -1, 7))
print(pow(38, -1, 97) * 38 % 97)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
