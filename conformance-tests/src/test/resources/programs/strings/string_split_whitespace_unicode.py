s = "a\u2003b\u00a0c\td\ne"
print(s.split(), len(s.split()), "x\u3000y".split(), "\u2028".isspace())
