for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "back\\slash", "\x00\x7f\x80", "é😀", "\u200b", "\ud800" if False else "\U0001f600"]:
    print(repr(s))
print(str(["a'b", 'c"d']), repr("\r\x1b"))
