s = "a😀b"
print(len("😀"), len(s), s[1], s[2], s[-1], s[::-1])
print([c for c in s], list("😀🐍"), len("👍🏽"), len("é"), len("é"))
print(ord("😀"), chr(128512), hex(ord(s[1])))
