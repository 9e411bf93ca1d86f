import string
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   big world"), string.ascii_uppercase[:5], len(string.printable))
