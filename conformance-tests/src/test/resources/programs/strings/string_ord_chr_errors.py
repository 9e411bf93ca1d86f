print(ord("a"), chr(97), chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
