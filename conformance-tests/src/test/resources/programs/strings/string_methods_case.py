s = "Hello, World! ß ǅ"
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print("hello world".title(), "they're bill's".title(), "ABC".isupper(), "abc1".islower())
print("straße".upper(), "İ".lower() == "i̇", len("İ".lower()))
