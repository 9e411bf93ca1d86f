s = "  xx--hello--xx  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" x-")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "abc".center(6))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "x".removesuffix("y"))
