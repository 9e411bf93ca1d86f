code = compile("a = 5\nprint(a * a)", "<string>", "exec")
exec(code)
print(type(code).__name__)
