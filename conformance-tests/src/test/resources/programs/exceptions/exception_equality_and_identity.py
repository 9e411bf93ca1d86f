a = ValueError("x")
b = ValueError("x")
print(a == b, a is a, a.args == b.args, isinstance(a, Exception))
try:
    raise a
except ValueError as e:
    print(e is a)
