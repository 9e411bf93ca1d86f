import unicodedata
for ch in "aé😀":
    print(unicodedata.name(ch), unicodedata.category(ch))
print(unicodedata.normalize("NFD", "é").encode())
