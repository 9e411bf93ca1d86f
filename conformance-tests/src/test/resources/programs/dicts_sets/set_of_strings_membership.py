words = {"apple", "banana", "cherry"}
print(len(words), "apple" in words, "durian" in words)
print(sorted(words), sorted(words & {"banana", "kiwi"}))
letters = set("hello world")
print(sorted(letters), len(letters))
