a = [1, 2, 3, 4, 5, 6]
for i, x in enumerate(a):
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
for x in b:
    if len(b) < 6:
        b.append(x * 10)
print(b)
