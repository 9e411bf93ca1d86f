a = [1, 2, 3] * 2
del a[1]
print(a)
del a[-2:]
print(a)
print([0] * 0, [None] * -3, 2 * [[]])
b = list(range(10))
del b[1:8:3]
print(b)
