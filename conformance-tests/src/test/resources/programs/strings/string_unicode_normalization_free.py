s1 = "café"
s2 = "cafe\u0301"
print(s1 == s2, len(s1), len(s2), s2[-1] == "\u0301")
print(s1.upper(), s2.upper(), sorted([s2, s1]))
print("ﬁ".upper(), len("ﬁ".upper()), "ǉ".title())
