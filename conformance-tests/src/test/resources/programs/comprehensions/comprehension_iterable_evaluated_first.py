def source():
    print("source evaluated")
    return [1, 2]
g = (x for x in source())
print("generator created")
print(list(g))
