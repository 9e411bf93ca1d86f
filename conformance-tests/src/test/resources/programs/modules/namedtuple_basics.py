from collections import namedtuple
import collections
Pt = namedtuple("Pt", "x y")
p = Pt(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), tuple(p))
print(Pt, Pt.__name__, Pt.__qualname__, Pt.__module__, Pt.__doc__, Pt._fields, Pt._field_defaults, Pt.__mro__)
print(Pt.x.__doc__, Pt.__new__.__doc__, Pt._make.__doc__, p == (1, 2), hash(p) == hash((1, 2)), {p: 1}[(1, 2)])
print(Pt._make([3, 4]), Pt.__match_args__, type(p + p).__name__, p * 2, p[0], p[-1], len(p), "%s/%s" % p)
x, y = p
print(x, y, sorted([Pt(2, 1), Pt(1, 2)]), max(Pt(1, 5), Pt(1, 3)), p.__getnewargs__())
for bad in [lambda: Pt(1), lambda: Pt(1, 2, 3), lambda: Pt(1, z=3), lambda: Pt(1, x=2), lambda: Pt._make([1]),
            lambda: p._replace(z=1), lambda: namedtuple("1a", "x"), lambda: namedtuple("A", "x def"),
            lambda: namedtuple("A", "x _y"), lambda: namedtuple("A", "x x"), lambda: namedtuple("A", "x", defaults=(1, 2)),
            lambda: setattr(p, "x", 3), lambda: setattr(p, "z", 3), lambda: setattr(p, "_asdict", 3), lambda: delattr(p, "x"),
            lambda: delattr(p, "z"), lambda: Pt()]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
R = namedtuple("R", ["a", "b", "c"], defaults=[10, 20])
print(R(1), R(1, 2), R._field_defaults, R(c=3, a=0))
S = namedtuple("S", "a, def, _x, a", rename=True)
print(S._fields, S(1, 2, 3, 4))
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
O = namedtuple("O", "v")
print(O(5), O.__new__.__doc__)
class Sub(Pt):
    def norm(self):
        return self.x * self.x + self.y * self.y
s = Sub(3, 4)
s.extra = 7
print(s, s.norm(), s.extra, type(s).__name__, isinstance(s, Pt))
M = namedtuple("M", "a b", module="mymod")
print(M, M.__module__)
match p:
    case Pt(x, y):
        print("matched", x, y)
print(collections.namedtuple("Q", "q")(1))
