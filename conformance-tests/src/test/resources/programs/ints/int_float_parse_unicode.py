# int(), float() and complex() map Unicode decimal digits and non-ASCII spaces to ASCII
# first; ASCII control separators (\x1c-\x1f) are kept and make the text invalid.
def show(f, arg):
    try:
        print(repr(f(arg)))
    except ValueError as e:
        print("ValueError", e)

for text in ["٣٤", "\U0001D7D8\U0001D7D9", "𝟗𝟖", "\u2003 42 \x85", "\x1c12", "12\x1f", "\ufeff1", "1\u30002", "٣_٤"]:
    show(int, text)
for text in ["٣.5", "𝟡.𝟝e𝟏", "\x85 1.5\u3000", "\x1c 1.5", "1.5\x1f", "\ufeff1.5", " -Infinity ", "1_0.5"]:
    show(float, text)
for text in ["٣+٤j", " ( 1+2j ) ", "\u2003(3j)\x85", "\x1c1j", "\ufeff1"]:
    show(complex, text)
show(lambda s: int(s, 16), "٣f")
show(lambda s: int(s, 0), "0x٣")
