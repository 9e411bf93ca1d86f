# pprint: every layout (dicts, lists, tuples, sets, strings, bytes, collections, dataclasses), options, seeded random structures.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {"name": "Widget", "tags": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
        "dims": {"w": 10, "h": 20.5, "d": None, "nested": {"deep": [1, 2, (3, 4, {5, 6, 7})]}},
        "text": "A long string that will need to be wrapped because it is longer than the width allowed here " * 2,
        "bytes": b"\x00\x01binary data that goes on and on and on and on and on and on and on" * 2,
        3: "int key", (1, 2): "tuple key", "empty": [], "e2": {}, "e3": (), "single": (1,),
        "fs": frozenset({"b", "a", "c"}), "set": set(range(30))}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pp(data, width=120)
print(pprint.pformat(list(range(50)), width=30, compact=True))
pprint.pprint(OrderedDict((str(i), i * i) for i in range(15)))
dd = defaultdict(list, {"k%d" % i: list(range(i)) for i in range(8)})
pprint.pprint(dd)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog " * 3))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=35))
@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
pprint.pprint([Item("thing%d" % i, i * 1.5, ["t"] * i) for i in range(4)], width=50)
r = [1, 2]; r.append(r); print(pprint.pformat(r).split(" with id")[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.saferepr(r).split(" with")[0])
d = {"self": None}; d["self"] = d; print(pprint.pformat(d).split(" with")[0])
print(pprint.isreadable({"a": 1}), pprint.isreadable(object()), pprint.saferepr({"b": 1, "a": [2, 3]}))
pprint.pprint({"mixed": [1, "a", 2.5, None, (1, "x")], 2: 1, "1": 2, None: 3}, width=20)
pprint.pprint(10**30, underscore_numbers=True); pprint.pprint([10**12] * 3, underscore_numbers=True, width=20)
pprint.pprint("short"); pprint.pprint("line one\nline two that is considerably longer than forty chars\n", width=40)
class MyList(list):
    pass
class ReprList(list):
    def __repr__(self): return "ReprList!"
pprint.pprint(MyList(range(30))); pprint.pprint(ReprList(range(30)))
pp = pprint.PrettyPrinter(indent=2, width=30, sort_dicts=False)
pp.pprint({"z": 1, "a": list(range(12))}); print(pp.pformat((1,)), pp.isrecursive([]), pp.isreadable([1]))
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
def gen(depth):
    k = rnd(6 if depth < 3 else 3)
    if k == 0: return rnd(1000) - 500
    if k == 1: return "s" * rnd(30) + " word" * rnd(6)
    if k == 2: return rnd(100) / 7
    if k == 3: return [gen(depth + 1) for _ in range(rnd(6))]
    if k == 4: return {"k" + str(rnd(50)): gen(depth + 1) for _ in range(rnd(5))}
    return tuple(gen(depth + 1) for _ in range(rnd(4)))
for case in range(40):
    obj = gen(0)
    print(pprint.pformat(obj, width=10 + rnd(70), indent=1 + rnd(3), compact=rnd(2) == 0, depth=None if rnd(3) else 1 + rnd(3)))
import types
ns = types.SimpleNamespace(name="a namespace with a long value " * 3, items=list(range(25)), inner=types.SimpleNamespace(x=1))
pprint.pprint(ns)
class NS(types.SimpleNamespace):
    pass
pprint.pprint(NS(a=list(range(40))), width=40)
pprint.pprint(types.SimpleNamespace(short=1))
