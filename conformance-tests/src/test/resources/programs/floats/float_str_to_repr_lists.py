vals = [1e-5, 1e-4, 0.1, 1.0, 12.0, 1e15, 1e16, 123.456e5]
print(vals)
print(str(vals[0]), "%s" % vals[6], f"{vals[7]}", [f"{v!r}" for v in vals[:2]])
