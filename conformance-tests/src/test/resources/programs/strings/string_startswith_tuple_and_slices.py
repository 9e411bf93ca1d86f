s = "hello world"
print(s.startswith(("x", "he")), s.endswith("wor", 0, 9), s.startswith("world", 6), s[6:].startswith(""))
