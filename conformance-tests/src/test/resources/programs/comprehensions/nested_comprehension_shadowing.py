x = [[1, 2], [3, 4]]
print([x for x in x for x in x])
print(x)
