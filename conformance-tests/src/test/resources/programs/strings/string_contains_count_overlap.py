print("aaaa".count("aa"), "abababa".count("aba"), "aaa".find("aa", 1), "aaa".replace("aa", "b"))
print("" in "", "a" in "", "ab" in "xaby", "ab".count(""))
print("mississippi".split("ss"), "mississippi".rsplit("i", 2))
