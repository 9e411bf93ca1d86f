# copy.copy / copy.deepcopy over built-ins, instances, slots, hooks, the reduce protocol, cycles.
import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2]); print(copy.deepcopy(t) is t, copy.copy(t) is t)
class P:
    def __init__(self, x, tags): self.x, self.tags = x, tags
    def __repr__(self): return f"P({self.x}, {self.tags})"
p = P(1, ["a"]); q = copy.copy(p); r = copy.deepcopy(p)
p.tags.append("b"); print(q, r, q.tags is p.tags, r.tags is p.tags, type(r).__name__)
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
s2 = copy.deepcopy(S()); print(s2.a, hasattr(s2, "b"))
class Custom:
    def __init__(self): self.n = 0
    def __copy__(self): print("copy hook"); return "copied"
    def __deepcopy__(self, memo): print("deepcopy hook", type(memo).__name__); return "deep"
print(copy.copy(Custom()), copy.deepcopy(Custom()))
class G:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): self.v = st["v"] + 1
print(copy.copy(G(2)).v, copy.deepcopy(G(3)).v)
class L(list):
    def __init__(self, *a):
        super().__init__(*a); self.extra = "e"
l = L([1, [2]]); l2 = copy.deepcopy(l); l3 = copy.copy(l)
print(l2, type(l2).__name__, l2.extra, l2[1] is l[1], l3[1] is l[1])
class D(dict): pass
d = D(a=[1]); d.meta = 1; d2 = copy.deepcopy(d); print(d2, type(d2).__name__, d2.meta, d2["a"] is d["a"])
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc is not cyc)
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1])
s = {1, 2}; fs = frozenset([3]); print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(fs) == fs, copy.copy(fs) is fs)
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a + 1,))
print(copy.copy(R(1)).a, copy.deepcopy(R(5)).a)
class N(int): pass
n = N(7); n.tag = "t"; n2 = copy.copy(n); print(n2, type(n2).__name__, n2.tag)
from collections import namedtuple, OrderedDict, deque, defaultdict, Counter
Pt = namedtuple("Pt", "x y"); pt = Pt(1, [2]); print(copy.deepcopy(pt), copy.copy(pt) is pt)
print(copy.deepcopy(OrderedDict(a=1)), copy.copy(deque([1, 2], maxlen=5)), copy.deepcopy(defaultdict(list, a=[1])), copy.copy(Counter("aab")))
e = ValueError("bad", 2); e2 = copy.copy(e); print(repr(e2), e2 is e)
def gen(): yield 1
try:
    copy.copy(gen())
except TypeError as ex:
    print(ex)
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.copy(None), copy.deepcopy(3.5))
