class T(tuple):
    pass
t = T([1, 2, 3])
print(t, type(t).__name__, len(t), t[0], t[1:], list(t), t == (1, 2, 3), (1, 2, 3) == t, hash(t) == hash((1, 2, 3)))
print(t + (4,), (0,) + t, t * 2, 2 * t, type(t + t).__name__, 2 in t, t.index(2), t.count(3), isinstance(t, tuple))
d = {(1, 2, 3): "plain"}
print(d[t], {t: 1}[(1, 2, 3)], {T((1, 2)): "a"}[(1, 2)], {(1, 2): "b"}[T((1, 2))], set([t, (1, 2, 3)]))
a, b, c = t
print(a, b, c, "%s-%s-%s" % t, sorted(T([3, 1, 2])), T() , T(), bool(T()), tuple(t), tuple(t) is t)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return f"P({self[0]}, {self[1]})"
    @property
    def x(self):
        return self[0]
    def __add__(self, o):
        return P(self[0] + o[0], self[1] + o[1])
p = P(1, 2)
print(p, p.x, p + P(3, 4), [p], str(p), p < (1, 3), max(P(1, 2), P(0, 9)))
class L(tuple):
    def __len__(self):
        return 42
    def __getitem__(self, i):
        return "item" + str(i)
    def __iter__(self):
        return iter("xy")
l = L((1, 2))
print(len(l), l[0], list(l), tuple.__len__(l), tuple.__getitem__(l, 1), [*l])
try:
    class Bad(int, tuple):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, T((int, str))), issubclass(T, tuple))
try:
    raise KeyError("k")
except T((ValueError, KeyError)) as e:
    print("caught", repr(e))
