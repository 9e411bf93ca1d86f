a, *b = [1, 2, 3, 4]
*c, d = "xyz"
e, *f, g = range(5)
h, *i = (1,)
print(a, b, c, d, e, f, g, h, i)
[j, k], *rest = [[1, 2], 3, 4]
print(j, k, rest)
