names = ["ann", "bob", "cy"]
ages = [30, 25]
print(list(enumerate(names)), list(enumerate(names, start=-1)))
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()))
print(dict(zip(names, range(10))), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print("ValueError:", e)
