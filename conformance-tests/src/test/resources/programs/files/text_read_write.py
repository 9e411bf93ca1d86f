# Text files: writing, reading by size, by line and by iteration, tell/seek, append, print(file=).
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("data.txt", "w") as f:
        print(repr(f))
        print(f.name, f.mode, f.encoding, f.errors, f.closed)
        print(f.write("alpha\nbéta\n"), f.write("𝄞 clef\n"), f.write(""))
        print(f.tell())
        print("gamma", 42, sep="-", end="!\n", file=f)
        f.writelines(["x\n", "y"])
        print(f.writable(), f.readable(), f.seekable())
    print(f.closed, repr(f))
    with open("data.txt") as f:
        print(repr(f.read(3)), f.tell())
        print(repr(f.readline()), f.tell())
        print(repr(f.readline(2)), repr(f.readline()), f.tell())
        print(repr(f.read(4)), f.tell())
        print(f.readlines())
        print(repr(f.read()), repr(f.readline()), f.tell())
        print(f.seek(0), repr(f.readline()))
        print(f.seek(0, 2), repr(f.read()))
        print(f.seek(6), repr(f.readline()))
    with open("data.txt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            print(i, repr(line))
        print(f.tell())
    with open("data.txt", "a") as f:
        print(f.tell(), f.write("z\n"), f.tell())
    with open("data.txt", "rt") as f:
        print(f.mode, f.readlines(10))
        print(f.readlines(1))
    with open("data.txt", "r+") as f:
        print(repr(f.readline()))
        f.write("END\n")
        print(f.tell())
        f.seek(0)
        print(f.read().splitlines())
        print(f.truncate(5), f.seek(0), repr(f.read()))
    with open("data.txt", "w+") as f:
        f.write("one\ntwo\n")
        f.seek(0)
        print(list(f))
        f.seek(0)
        print(next(f), f.readline(), end="")
    it = open("data.txt")
    print(iter(it) is it, next(it), list(it))
    it.close()
    os.chdir("/")
