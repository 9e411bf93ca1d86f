# Integral floats (and -0.0) held in instance attributes: stored, read back, changed to ints and
# non-integral floats and back, through plain attribute syntax, in loops and outside them,
# setattr/getattr by name, __dict__, vars(), del, and the values' identity.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def show(label, v):
    print(label, type(v).__name__, repr(v))


p = P(0.0, 1)
show("x", p.x)
show("y", p.y)
print(vars(p))

# The same field over time: float, int, -0.0, non-integral, None, str, back to an integral float.
values = [0.0, 0, -0.0, 2.5, None, "s", 3.0, 3, 1e300, -7.0, 2**53 + 0.0, 1.5, 0.0]
for v in values:
    p.x = v
    show("loop store", p.x)
    print(p.x == v, p.x is v or v is None or type(v) is not float)

for v in values:
    setattr(p, "x", v)
    show("setattr", getattr(p, "x"))

# Arithmetic on integral floats read from fields stays float arithmetic.
q = P(1.0, 2.0)
for _ in range(3):
    q.x = q.x + q.y
    q.y -= 1.0
    show("sum", q.x)
    show("diff", q.y)
print(q.x * 2, q.x // 2, q.x % 2, q.x / 2, -q.y)
print(q.x == 5, hash(q.x) == hash(5), {q.x: "a"}.get(5))

# Identity: the stored box comes back.
box = 4.0
r = P(box, None)
print(r.x is box, r.x is r.x)
for i in range(3):
    print(r.x is box)

# -0.0 keeps its sign.
z = P(-0.0, 0.0 * -1)
show("neg zero", z.x)
show("neg zero 2", z.y)
print(str(z.x), f"{z.x:+}", 1 / float("inf") * -1, z.x == 0)
for i in range(2):
    z.x += 0.0
    show("after += 0.0", z.x)

# __dict__ and vars see the floats, and stay live afterwards.
d = P(6.0, 7.5)
print(d.__dict__)
dd = vars(d)
dd["x"] = 8.0
show("via dict", d.x)
d.y = 9.0
print(dd, d.y)
for i in range(2):
    d.x += 1
    show("dict-backed", d.x)

# del and re-set.
e = P(1.0, 2.0)
del e.x
print(hasattr(e, "x"), vars(e))
e.x = 3
show("reset int", e.x)
e.x = 3.0
show("reset float", e.x)
del e.x
e.x = 4
show("after del", e.x)

# Many instances sharing a class, some with integral floats, some not.
ps = [P(float(i), i / 3) for i in range(6)]
total = 0.0
for k in range(2):
    for pt in ps:
        pt.x = pt.x + pt.y
        total += pt.x
print(total, [type(pt.x).__name__ for pt in ps])
print([repr(pt.x) for pt in ps])


class WithInt:
    count = 0.0

    def bump(self):
        self.count += 1
        return self.count


w = WithInt()
show("class attr", w.count)
for _ in range(2):
    show("bump", w.bump())
show("class attr after", WithInt.count)


class S(P):
    __slots__ = ()


s = S(5.0, 6)
show("subclass", s.x)
s.x = 2.0
print(s.__dict__)


class L(list):
    pass


lst = L()
lst.scale = 2.0
show("list subclass attr", lst.scale)
for _ in range(2):
    lst.scale *= 2
    show("list subclass loop", lst.scale)
print(vars(lst))
