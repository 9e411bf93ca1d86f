def calc(op, a, b):
    return eval(f"{a} {op} {b}")
print(calc("+", 2, 3), calc("*", 4, 5), calc("//", 7, 2))
