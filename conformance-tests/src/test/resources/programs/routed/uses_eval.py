expr = "2 ** 10 + len('abc')"
print(eval(expr))
print(eval("x * 2", {"x": 21}))
