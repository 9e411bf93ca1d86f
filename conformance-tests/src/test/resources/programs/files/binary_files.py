# Binary files: BufferedReader, BufferedWriter and BufferedRandom.
import os
import tempfile

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("b.bin", "wb") as f:
        print(repr(f), f.mode, f.name)
        print(f.write(b"ab\ncd\r\nef"), f.write(bytes(range(250, 256))), f.tell())
        f.writelines([b"\n", b"gh"])
        attempt("write str", lambda: f.write("x"))
        attempt("read w", lambda: f.read())
    with open("b.bin", "rb") as f:
        print(repr(f), f.mode)
        print(f.readline(), f.tell(), f.read(3), f.tell())
        print(f.seek(-2, 2), f.read(), f.seek(3), f.seek(2, 1), f.read(2))
        print(f.seek(100), f.read(), f.tell(), f.read(5))
        f.seek(0)
        print(list(f))
        f.seek(0)
        print(f.readlines(4), f.readline(1), f.readline(0), f.read(0))
        attempt("seek neg", lambda: f.seek(-1))
        attempt("seek whence", lambda: f.seek(0, 5))
        attempt("write r", lambda: f.write(b"x"))
        attempt("truncate r", lambda: f.truncate())
        attempt("read -2", lambda: f.read(-2))
    with open("b.bin", "r+b") as f:
        print(repr(f), f.mode)
        print(f.read(2), f.write(b"XY"), f.tell(), f.read(3))
        print(f.truncate(8), f.tell(), f.seek(0), f.read())
    with open("b.bin", "ab") as f:
        print(repr(f), f.mode, f.tell(), f.write(b"++"), f.tell())
    with open("b.bin", "a+b") as f:
        print(f.mode, f.read(), f.seek(0), f.read())
    with open("b.bin", "w+b") as f:
        print(f.mode, f.read(), f.write(b"new"), f.seek(0), f.read())
    with open("c.bin", "xb") as f:
        print(repr(f), f.mode)
    with open("c.bin", "x+b" if False else "rb") as f:
        print(f.read())
    f = open("b.bin", "rb")
    f.close()
    for name in ("read", "readline", "tell", "flush", "__next__", "fileno"):
        attempt("closed " + name, getattr(f, name))
    attempt("closed seek", lambda: f.seek(0))
    g = open("b.bin", "wb")
    g.close()
    attempt("closed flush w", lambda: g.flush())
    attempt("closed write", lambda: g.write(b"x"))
    os.chdir("/")
