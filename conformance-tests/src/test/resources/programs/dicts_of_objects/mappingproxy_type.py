# types.MappingProxyType: a read-only, live view of any mapping; dataclass field metadata and
# pprint use it as CPython does.
import types
import dataclasses
import pprint

d = {"a": 1, "b": [2]}
m = types.MappingProxyType(d)
print(m, repr(m), type(m) is type(type.__dict__), type(m).__name__)
print(len(m), "a" in m, "z" in m, m["a"], m.get("z"), m.get("z", 0), list(m), list(m.items()))
d["c"] = 3
print(m, m == d, m != d, m == {"a": 1}, m.copy(), m.copy() is d, m | {"x": 0}, {"x": 0} | m)
print(list(reversed(m)), m.keys(), m.values())
try:
    m["a"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del m["a"]
except TypeError as e:
    print("TypeError", e)
try:
    m |= {}
except TypeError as e:
    print("TypeError", e)
try:
    m["zz"]
except KeyError as e:
    print("KeyError", e)
for bad in ([1, 2], (1,), 5, "str"):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
n = types.MappingProxyType(m)
d["d"] = 4
print(n, isinstance(m, dict))


class Defaulted(dict):
    def __missing__(self, key):
        return key * 2


print(types.MappingProxyType(Defaulted(a=1))["xy"])


@dataclasses.dataclass
class P:
    x: int = dataclasses.field(default=0, metadata={"unit": "m"})
    y: int = 1


fx, fy = dataclasses.fields(P)
print(fx.metadata, fx.metadata["unit"], fy.metadata, len(fy.metadata), type(fy.metadata).__name__)
try:
    fx.metadata["unit"] = "cm"
except TypeError as e:
    print("TypeError", e)

big = types.MappingProxyType({f"key{i}": "v" * i for i in range(12)})
pprint.pprint(big)
pprint.pprint(types.MappingProxyType({"b": 1, "a": 2}))


class K:
    pass


print(pprint.pformat(K.__dict__)[:40])
