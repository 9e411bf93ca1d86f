a = [1, 2]
a.extend(a)
print(a)
a += a
print(a)
a[len(a):] = a[:2]
print(a)
b = [1]
b *= 3
print(b)
