f = frozenset([1, 2, 3])
d = {f: "fs", frozenset(): "empty"}
print(d[frozenset([3, 2, 1])], d[frozenset()], f | {4}, type(f | {4}).__name__)
s = {frozenset([1]), frozenset([1])}
print(len(s), hash(frozenset()) == hash(frozenset()))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
