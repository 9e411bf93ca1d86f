g = (x * x for x in range(5))
print(sum(g), sum(g), list(g))
g2 = (x for x in range(5))
print(3 in g2, list(g2))
