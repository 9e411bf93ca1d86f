items = ["a", 1, "b"]
print(",".join(items))
