n = 10
g = (n * x for x in range(3))
n = 100
print(list(g))
h = (x for x in range(n))
n = 1
print(len(list(h)))
