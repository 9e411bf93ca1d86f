code = "x = 6 * 7"
ns = {}
exec(code, ns)
print(ns["x"], eval("x + 1", ns))
