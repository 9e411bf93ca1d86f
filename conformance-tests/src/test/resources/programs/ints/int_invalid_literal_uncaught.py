x = int("12a")
print("unreachable", x)
