def f(a, b, c):
    return f"{a}{b}{c}"
d = {"c": 3, "a": 1, "b": 2}
print(f(**d), f(*"xyz"), f(1, *[2], **{"c": 3}))
print([*{"k": 1, "j": 2}], {**d, "a": 0})
