# A SyntaxError raised by the program keeps its location members, and an uncaught one prints
# CPython's `File "f", line N` line, its text without indentation and carets at its offsets
# (UTF-8 byte offsets), then its msg in place of its str(); notes follow.
cases = [
    (),
    ("plain",),
    ("two lines", ("f.py", 2, 5, "ab\ncdef\n")),
    (None, ("f.py", 2, 1, "abc")),
    ("wide", ("f.py", 2, 3, "\u00e9a b")),
    ("no line", ("f.py", None, 1, "abc")),
    ("clipped", ("f.py", 2, 10, "abc")),
    ("span", ("dir/f.py", 2, 2, "\t  abcdef", 2, 8)),
    ("multi-line span", ("f.py", 2, 2, "abcdef", 3, 1)),
]
for args in cases:
    e = SyntaxError(*args)
    print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

for info in [("f", 1, 2, "t", 3), ("f", 1)]:
    try:
        SyntaxError("m", info)
    except TypeError as e:
        print("TypeError:", e)


class Located(Exception):
    print_file_and_line = None
    msg = "from the class"
    filename = "g.py"
    lineno = 4
    offset = 3
    text = "hello world"


try:
    raise Located("x")
except Located as e:
    print("caught", e)


def check(source):
    if "(" in source and ")" not in source:
        e = SyntaxError("'(' was never closed", ("input.py", 3, source.index("(") + 1, source, 3, len(source) + 1))
        e.add_note("while checking input.py")
        raise e


check("    print(value, end=''\n")
