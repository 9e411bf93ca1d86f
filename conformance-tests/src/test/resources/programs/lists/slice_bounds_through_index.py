# Slice bounds given by objects with __index__, and the exact bounds of a sliced range
# (CPython's compute_slice keeps the items at the slice's indices, in arbitrary precision).
class Three:
    def __index__(self):
        return 3


class Loud:
    def __init__(self, name, value):
        self.name, self.value = name, value

    def __index__(self):
        print("index of", self.name)
        return self.value


for seq in ["abcdef", b"abcdef", [0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5), range(6)]:
    print(seq[:Three()], seq[Three():], seq[::Three()], seq[slice(Three())], seq[Three()])

# Bounds are read step first, then start, then stop.
print("abcdefgh"[Loud("start", 1):Loud("stop", 7):Loud("step", 2)])
print(b"abcdefgh"[Loud("start", 1):Loud("stop", 7):Loud("step", 2)])

for r in [range(5), range(0, 10, 3), range(10, 0, -2), range(-5, 5), range(7, 3)]:
    for s in [slice(None, None, 3), slice(None, None, -2), slice(-1, 0, -3), slice(-100, 100, 4), slice(1, None, 2)]:
        print(r, s, r[s], list(r[s]) == list(r)[s])

print(range(2**70)[::2**68], range(2**70)[-5:], range(0, 2**70, 3)[10:2**69:-7])
print(slice(None).indices(2**70), slice(-2**80, 2**80, 2**75).indices(2**70))
print(slice(Three(), None, Three()).indices(Three()), slice(None, None, -1).indices(0))
for bad in [lambda: slice(1).indices(-1), lambda: slice(1, 2, 0).indices(5), lambda: slice("a").indices(5),
            lambda: slice(1).indices(2.0), lambda: "abc"[1.0:], lambda: b"abc"[:"x"], lambda: range(5)[::0]]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
