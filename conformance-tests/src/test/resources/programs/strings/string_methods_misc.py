print("Hello".ljust(8) + "|", "a\tb".split("\t"), "x".join("abc"))
print("abcabc".strip("ac"), "  spaced out  ".title(), "ABC".lower().islower())
print("%".join(["1", "2"]), "a".isascii(), "é".isascii(), "3.14".replace(".", "", 1).isdigit())
print(str.upper("q"), "one two".split(maxsplit=1))
