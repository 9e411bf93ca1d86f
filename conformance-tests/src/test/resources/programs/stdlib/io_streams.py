# io.StringIO / io.BytesIO: positions, newline modes, errors; contextlib.redirect_stdout/stderr.
import io
s = io.StringIO()
for i in range(5):
    s.write(f"line {i}\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), s.read(4), repr(s.read()), s.read())
s.seek(2); s.write("XY"); print(repr(s.getvalue()[:10]), s.tell())
s.seek(100); s.write("!"); print(len(s.getvalue()), repr(s.getvalue()[-3:]))
print(s.truncate(5), repr(s.getvalue()), s.tell())
t = io.StringIO("a\nb\r\nc\rd")
print(list(t), t.tell())
for nl in (None, "", "\n", "\r", "\r\n"):
    u = io.StringIO("x\ny\r\nz\rw", newline=nl)
    print(repr(nl), repr(u.getvalue()), u.readlines(), u.newlines)
u = io.StringIO(newline=None); u.write("a\r\nb\rc\n"); print(u.newlines, repr(u.getvalue()))
print(repr(io.StringIO("hello").read(2)), io.StringIO("abc").readlines(1))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable())
print(c.closed)
for bad in (lambda: c.getvalue(), lambda: c.read(), lambda: c.write("x"), lambda: iter(c)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
v = io.StringIO()
for bad in (lambda: v.write(5), lambda: v.seek(-1), lambda: v.seek(1, 1), lambda: v.seek(0, 3), lambda: v.read("x"),
            lambda: v.seek("x"), lambda: v.truncate(-1), lambda: io.StringIO(5), lambda: io.StringIO("", newline="x"),
            lambda: v.fileno()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(v.write("😀ab"), v.tell(), v.seek(0, 2), v.seek(1), v.read(), isinstance(io.UnsupportedOperation("x"), ValueError))
b = io.BytesIO(b"head\nbody\n")
print(b.readline(), b.read(2), b.tell(), b.getvalue())
b.seek(0, 2); b.write(b"tail"); print(b.getvalue(), b.seek(-3, 2), b.read(), b.seek(-100, 1))
b.seek(20); b.write(b"!"); print(b.getvalue(), len(b.getvalue()))
for bad in (lambda: b.write("str"), lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: b.truncate(-2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(io.BytesIO(b"a\nb")), io.BytesIO().read(), io.SEEK_END, type(io.StringIO()).__name__, repr(io.StringIO()).split(" at ")[0])
w = io.StringIO(); w.writelines(["a", "b"]); print(w.getvalue(), w.line_buffering, w.encoding, w.errors, w.isatty())
print("to a file:", file=w); print(repr(w.getvalue()))
for text in ("a\rb", "a\nb", "a\r\nb", "a\r\n\rb", "\r", "\r\n\n"):
    for nl in (None, ""):
        u = io.StringIO(newline=nl)
        u.write(text)
        print(repr(text), repr(nl), u.newlines, repr(u.getvalue()))
from contextlib import redirect_stdout, redirect_stderr
import sys
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1, 2)
    help_text = "x"
print(target is buf, repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("oops", file=sys.stderr)
print(repr(err.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print("nested")
