a, b, c = range(3)
*head, tail = range(5)[1:]
print(a, b, c, head, tail)
x, y = divmod(17, 5)
print(x, y)
