a, b, c = "😀x🐍"
print(a, b, c)
*init, last = "héllo😀"
print(init, last)
