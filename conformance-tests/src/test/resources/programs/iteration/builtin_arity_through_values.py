# One-argument builtins called through a value (an alias, a list, map(), a keyword call): the
# argument count is checked as in a direct call.
import builtins

aliases = [len, abs, chr, ord, hash, id, callable, repr, ascii, hex, oct, bin]
good = {"len": [1, 2], "abs": -3, "chr": 65, "ord": "A", "hash": 7, "id": None,
        "callable": len, "repr": "x", "ascii": "é", "hex": 255, "oct": 8, "bin": 5}

for f in aliases:
    name = f.__name__
    for args in ((), (good[name], good[name])):
        try:
            f(*args)
            print(name, len(args), "no error")
        except TypeError as e:
            print(name, len(args), "TypeError:", e)
    if name != "id":
        print(name, "ok:", f(good[name]))

g = len
try:
    g([1], 2)
except TypeError as e:
    print("alias:", e)
try:
    g(obj=[1])
except TypeError as e:
    print("keyword:", e)
try:
    getattr(builtins, "abs")(1, 2)
except TypeError as e:
    print("getattr:", e)
try:
    list(map(len, ["ab", "c"], ["d", "e"]))
except TypeError as e:
    print("map:", e)
print(list(map(len, ["ab", "c"])), sorted(["ccc", "a", "bb"], key=len))
