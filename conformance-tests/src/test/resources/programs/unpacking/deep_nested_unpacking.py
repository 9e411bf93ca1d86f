data = [((1, 2), [3, (4, 5)]), ((6, 7), [8, (9, 10)])]
for (a, b), [c, (d, e)] in data:
    print(a + b + c + d + e)
((x,),) = ((1,),)
[[y]] = [[2]]
print(x, y)
