# print() writes to the current sys.stdout, one write() per piece, as CPython does.
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
class Loud:
    def __str__(self):
        w.parts.append("<str>")
        return "loud"
old = sys.stdout
w = W()
sys.stdout = w
print("hi", 1)
print(Loud(), Loud(), sep="--", end="!", flush=True)
print()
print(file=None)
sys.stdout = None
print("into the void")
sys.stdout = old
print(w.parts)
w2 = W()
print("a", "b", file=w2, sep="")
print(w2.parts)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)


# A capture object that collects everything a block prints, as tests often do.
class Capture:
    def __enter__(self):
        self.saved, self.chunks = sys.stdout, []
        sys.stdout = self
        return self

    def write(self, s):
        self.chunks.append(s)

    def flush(self):
        pass

    def __exit__(self, *exc):
        sys.stdout = self.saved


with Capture() as cap:
    for i in range(3):
        print(i, i * i)
    sys.stdout.write("direct\n")
print("captured:", "".join(cap.chunks).splitlines())
