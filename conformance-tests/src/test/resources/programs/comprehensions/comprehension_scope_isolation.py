x = "outer"
vals = [x for x in range(3)]
print(x, vals)
y = 10
print([y * i for i in range(3)], {i: y for i in range(2)})
i = "kept"
gen = (i for i in "ab")
print(list(gen), i)
