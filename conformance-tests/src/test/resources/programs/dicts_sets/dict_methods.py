d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99))
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.popitem(), d, d.copy() == d)
d.clear()
print(d, bool(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
