a = [[0] * 3] * 3
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(3)]
b[0][0] = 1
print(b)
c = a[:]
c[1] = "new"
print(a[1], c[1])
x = [1, 2]
y = x
y += [3]
print(x, x is y)
y = y + [4]
print(x, y, x is y)
