s = "ßẞ😀😀a😀"
print(s.count("😀"), s.find("a"), s.rfind("😀"), s.index("😀", 3), s[s.find("a"):], s.lower(), s.upper())
