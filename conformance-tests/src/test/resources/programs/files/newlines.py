# Universal newlines on reading, the newline= translations on writing, and encodings.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("nl.bin", "wb") as f:
        f.write(b"a\nb\r\nc\rd\r\r\ne")
    for newline in (None, "", "\n", "\r", "\r\n"):
        with open("nl.bin", newline=newline) as f:
            print(repr(newline), f.readlines())
        with open("nl.bin", newline=newline) as f:
            print(repr(newline), repr(f.read()))
        with open("nl.bin", newline=newline) as f:
            print(repr(newline), repr(f.read(4)), repr(f.read(3)), repr(f.read(100)))
    for newline in (None, "", "\n", "\r", "\r\n"):
        with open("out.txt", "w", newline=newline) as f:
            f.write("x\ny\r\nz\r")
        with open("out.txt", "rb") as f:
            print(repr(newline), f.read())
    with open("enc.txt", "w", encoding="latin-1") as f:
        f.write("café")
    with open("enc.txt", "rb") as f:
        print(f.read())
    with open("enc.txt", encoding="latin-1") as f:
        print(f.read(), f.encoding, f.tell())
    with open("enc.txt", encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    with open("enc.txt", encoding="utf-8", errors="surrogateescape") as f:
        print(repr(f.read()), f.tell())
    with open("enc.txt", encoding="ascii", errors="ignore") as f:
        print(repr(f.read()))
    try:
        with open("enc.txt", encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    try:
        with open("enc.txt", "w", encoding="ascii") as f:
            f.write("ok ")
            f.write("naïve")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    with open("enc.txt") as f:
        print(repr(f.read()))
    with open("big.txt", "w") as f:
        for i in range(3000):
            f.write(f"line {i} é𝄞\r\n")
    with open("big.txt") as f:
        lines = f.readlines()
        print(len(lines), lines[0], lines[-1], f.tell())
    with open("big.txt") as f:
        f.readline()
        print(f.tell(), len(f.read(20000)), f.tell())
    with open("big.txt", newline="") as f:
        print(sum(1 for line in f if line.endswith("\r\n")))
    os.chdir("/")
