value = "abc"
print("value: %d" % value)
