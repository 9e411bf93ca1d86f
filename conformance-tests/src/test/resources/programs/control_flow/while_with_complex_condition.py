a, b = 0, 10
while a < b and (b - a) % 7 != 0 or a == 0:
    a += 1
    b -= 1
print(a, b)
