m = __import__("math")
print(m.sqrt(81))
