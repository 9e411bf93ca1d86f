# for-loops over str.split() and str.split(sep): exact strs, subclasses, other objects, bad separators,
# and >> / & by literal ints on ints of every size, bools and floats.
class S(str):
    def split(self, sep=None):
        print("custom split", sep)
        return ["x", "y"]

def words(s):
    out = []
    for w in s.split():
        out.append(w)
    return out

print(words("  a b\tc\n\u3000d  e\u2028f  "))
print(words(""), words("   "), words("abc"))
for w in S("p q").split():
    print("sub", w)
for w in "a,b,,c,".split(","):
    print(repr(w))
for w in "a<>b<><>c".split("<>"):
    print(repr(w))
for w in "\U0001F600x\U0001F600".split("x"):
    print(repr(w))
for w in "x y".split(None):
    print(w)
try:
    for w in "abc".split(""):
        print(w)
except ValueError as e:
    print("ValueError", e)
try:
    for w in (5).split():
        print(w)
except AttributeError as e:
    print("AttributeError", e)
try:
    for w in "abc".split(5):
        print(w)
except TypeError as e:
    print("TypeError", e)
def gen():
    for w in "a b c d".split():
        yield w
print(list(gen()))
for i, w in enumerate("u v".split()):
    print(i, w)
for w in "a b c".split():
    if w == "b":
        break
    print(w)
else:
    print("no break")
for a, b in ["12", "34"]:
    pass
for w in "k l".split(" "):
    print(w)
n = 0
for x in [-7, -1, 0, 1, 5, 2**40 + 3, -(2**52), 2**53 - 1, True, 7.0]:
    try:
        print(x >> 0, x >> 1, x >> 3, x >> 31, x >> 32, x >> 63, x & 0, x & 1, x & 3, x & 255, x & 2147483647)
    except TypeError as e:
        print("TypeError", e)
big = 2**70 + 12345
print(big >> 3, big & 255, -big >> 5, -big & 1023)
try:
    print(1.5 >> 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError", e)
