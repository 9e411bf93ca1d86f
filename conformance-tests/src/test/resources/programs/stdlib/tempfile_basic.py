# tempfile: TemporaryDirectory, mkdtemp, NamedTemporaryFile, gettempdir (names are random: only
# their shape is printed).
import os
import tempfile

print(tempfile.gettempprefix(), tempfile.template, os.path.isdir(tempfile.gettempdir()))
print(tempfile.gettempdir() == tempfile.tempdir, os.path.isabs(tempfile.gettempdir()))

with tempfile.TemporaryDirectory() as tmp:
    print(type(tmp).__name__, os.path.isdir(tmp), os.path.isabs(tmp))
    base = os.path.basename(tmp)
    print(base.startswith("tmp"), len(base))
    os.makedirs(os.path.join(tmp, "a", "b"))
    with open(os.path.join(tmp, "a", "b", "f.txt"), "w") as f:
        f.write("x")
print(os.path.exists(tmp))

d = tempfile.TemporaryDirectory(suffix="_s", prefix="p_")
print(repr(d).startswith("<TemporaryDirectory '"), os.path.basename(d.name)[:2], d.name.endswith("_s"))
print(len(os.path.basename(d.name)))
d.cleanup()
d.cleanup()
print(os.path.exists(d.name))

d = tempfile.TemporaryDirectory()
inner = tempfile.mkdtemp(dir=d.name, prefix="in")
print(os.path.dirname(inner) == d.name, os.path.basename(inner)[:2], os.listdir(d.name) == [os.path.basename(inner)])
os.rmdir(inner)
os.rmdir(d.name)
try:
    d.cleanup()
except FileNotFoundError as e:
    print("cleanup", type(e).__name__, e.errno)

m = tempfile.mkdtemp()
print(os.path.isdir(m), os.listdir(m))
os.rmdir(m)

with tempfile.NamedTemporaryFile() as t:
    print(type(t).__name__, t.delete, t.mode, type(t.file).__name__, os.path.exists(t.name))
    print(t.write(b"hello\nworld\n"), t.tell(), t.seek(0), t.readline(), list(t))
    name = t.name
print(os.path.exists(name))

t = tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False, encoding="utf-8")
print(t.name.endswith(".txt"), t.mode, t.closed)
t.write("kept é\n")
t.close()
print(t.closed, os.path.exists(t.name))
with open(t.name, encoding="utf-8") as f:
    print(f.read(), end="")
os.remove(t.name)
