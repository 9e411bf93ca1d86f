s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.count("o"), s.count(""))
print(s.startswith("the"), s.endswith(("cat", "dog")), s.startswith("quick", 4))
print("fox" in s, "" in s, s.index("dog"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
