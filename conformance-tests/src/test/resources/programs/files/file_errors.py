# open()'s argument checks and CPython's messages; errors of closed files and wrong modes.
import os
import tempfile

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("sub")
    with open("f.txt", "w") as f:
        f.write("hello\n")
    attempt("missing", lambda: open("nope.txt"))
    attempt("missing dir", lambda: open("nodir/x.txt", "w"))
    attempt("directory", lambda: open("sub"))
    attempt("directory w", lambda: open("sub", "w"))
    attempt("exclusive", lambda: open("f.txt", "x"))
    for mode in ("rw", "rr", "q", "rU", "tb", "t", "+", "", "br+a"):
        attempt("mode " + repr(mode), lambda: open("f.txt", mode))
    attempt("mode type", lambda: open("f.txt", 1))
    attempt("file type", lambda: open(1.5))
    attempt("file list", lambda: open([]))
    attempt("encoding b", lambda: open("f.txt", "rb", encoding="utf-8"))
    attempt("errors b", lambda: open("f.txt", "rb", errors="strict"))
    attempt("newline b", lambda: open("f.txt", "rb", newline=""))
    attempt("newline bad", lambda: open("f.txt", newline="x"))
    attempt("newline type", lambda: open("f.txt", newline=1))
    attempt("encoding type", lambda: open("f.txt", encoding=1))
    attempt("unbuffered text", lambda: open("f.txt", buffering=0))
    attempt("keyword", lambda: open("f.txt", bogus=1))
    attempt("no file", lambda: open())
    attempt("null", lambda: open("a\0b"))
    f = open("f.txt")
    attempt("write r", lambda: f.write("x"))
    attempt("write bytes", lambda: f.write(b"x"))
    attempt("read str", lambda: f.read("a"))
    attempt("read 2 args", lambda: f.read(1, 2))
    attempt("seek cur", lambda: f.seek(1, 1))
    attempt("seek end", lambda: f.seek(1, 2))
    attempt("seek neg", lambda: f.seek(-1))
    attempt("seek whence", lambda: f.seek(0, 3))
    attempt("truncate r", lambda: f.truncate())
    for line in f:
        attempt("tell in loop", lambda: f.tell())
    attempt("tell after loop", lambda: f.tell())
    f.close()
    f.close()
    for name in ("read", "readline", "readlines", "tell", "flush", "__enter__", "__iter__", "__next__",
                 "fileno", "readable", "writable", "seekable"):
        attempt("closed " + name, getattr(f, name))
    attempt("closed write", lambda: f.write("x"))
    attempt("closed seek", lambda: f.seek(0))
    w = open("f.txt", "a")
    attempt("read w", lambda: w.read())
    attempt("readline w", lambda: w.readline())
    attempt("next w", lambda: next(w))
    w.close()
    attempt("closed w readable", lambda: w.readable())
    attempt("closed w writable", lambda: w.writable())
    try:
        with open("f.txt") as f:
            raise KeyError("inside")
    except KeyError as e:
        print("propagated", repr(e), f.closed)
    try:
        open("nope.txt")
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
    os.chdir("/")
open("still/missing.txt")
