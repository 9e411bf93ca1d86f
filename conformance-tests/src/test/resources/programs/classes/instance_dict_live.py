# obj.__dict__ and vars(obj) are the instance's live dict: writes through either side are seen
# by the other, order is insertion order, and the dict is a real dict.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return "method"


p = Point(1, 2)
d = p.__dict__
print(type(d).__name__, isinstance(d, dict), d, d is vars(p), d is p.__dict__)
d["z"] = 3
print(p.z, hasattr(p, "z"), getattr(p, "z"))
p.w = 4
print(list(d), list(d.items()))
del p.x
print(d, hasattr(p, "x"))
d["norm"] = lambda: "instance"
print(p.norm())
del d["norm"]
print(p.norm())
d.update(a=1, b=2)
print(p.a + p.b, len(d))
d.clear()
print(vars(p), hasattr(p, "y"))
p.y = 10
print(d)

# Replacing and deleting the dict.
p.__dict__ = {"q": 7}
print(p.q, vars(p), d)
try:
    p.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
del p.__dict__
print(vars(p))

# None values, odd names, non-str keys.
q = Point(None, 0)
print(q.x, getattr(q, "x"), "x" in vars(q))
for name in ["constructor", "__proto__", "1", "with space", "$cls", "toString"]:
    setattr(q, name, name.upper())
print([getattr(q, n) for n in ["constructor", "__proto__", "1", "with space", "$cls", "toString"]])
print(list(vars(q)))
q.__dict__[5] = "int key"
print(vars(q)[5], len(vars(q)))

# Order: first insertion wins, deletion then re-insertion goes last.
r = Point(1, 2)
r.c = 3
del r.x
r.x = 4
print(list(vars(r)))
for i in range(4):
    setattr(r, "n%d" % (3 - i), i)
print(list(r.__dict__))

# A dict taken before and after attribute writes in a loop.
class Counter:
    pass


c = Counter()
snapshot = vars(c)
for i in range(5):
    c.total = getattr(c, "total", 0) + i
print(c.total, snapshot)

# object() has no __dict__ and takes no attributes.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(o)
except TypeError as e:
    print("TypeError:", e)
try:
    o.__eq__ = 1
except AttributeError as e:
    print("AttributeError:", e)
