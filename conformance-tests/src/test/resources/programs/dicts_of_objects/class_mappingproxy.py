# A class's __dict__ and vars(C) are CPython's mappingproxy: read-only, live, in the class's
# definition order with the entries type() adds (__module__, __dict__, __weakref__, __doc__).
class A:
    x = 1
    y = "two"


p = A.__dict__
print(type(p).__name__, type(vars(A)).__name__, p is A.__dict__, vars(A) == p)
print(p)
print(repr(p))
print(len(p), "x" in p, "q" in p, 1 in p, p["x"], p.get("q"), p.get("q", 7), p.get("y"))
print(list(p), list(p.keys()), list(p.values())[1:3], list(p.items())[:2])
print(list(reversed(p)))
print(p == dict(p), p != dict(p), dict(p) == p, p.copy() == dict(p), type(p.copy()).__name__)
print(type(p | {"a": 1}).__name__, p | {"x": 9} == {**dict(p), "x": 9}, ({"z": 0} | p)["x"])

# Live: later assignments, setattr and deletions are seen through the same proxy.
A.z = 3
setattr(A, "w", [4])
del A.y
print(list(p), p["z"], p["w"])
del A.x
print(list(p))

# Read-only.
for f in (lambda: p.__setitem__("x", 2), lambda: p.update({}), lambda: p.pop("x"), lambda: p.clear()):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
try:
    p["x"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del p["z"]
except TypeError as e:
    print("TypeError", e)
try:
    p |= {"k": 1}
except TypeError as e:
    print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
try:
    p["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    p[[1]]
except TypeError as e:
    print("TypeError", e)
print(A.z, hasattr(A, "x"))


# Docstrings, annotations, subclasses, __eq__ without __hash__.
class B(A):
    "the doc"
    n: int = 2
    m: str


print(B.__dict__, B.__doc__)


class C:
    def __eq__(self, other):
        return True


print([k for k in C.__dict__], C.__dict__["__hash__"])


class D(C):
    __hash__ = C.__hash__


print(list(D.__dict__))

# Classes made by type(): the dict's own order, then __module__.
T = type("T", (), {"q": 1, "r": 2})
print(T.__dict__)
U = type("U", (T,), {})
print(U.__dict__)
