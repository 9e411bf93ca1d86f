print("a\tb\\n", r"a\tb\n", "\101\x41\u0041\N{LATIN SMALL LETTER E WITH ACUTE}")
print(len("\n"), len(r"\n"), "\\" * 3, '\'', "\"")
b = "line1\
line2"
print(b, """multi
line""")
