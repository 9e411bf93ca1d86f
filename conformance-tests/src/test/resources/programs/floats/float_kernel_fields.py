# Loops whose body is float arithmetic over a list of instances' fields (the n-body shape),
# run on fields and lists that must not take a float kernel, or that take it with edge values.


class Body:
    def __init__(self, x, v, m):
        self.x = x
        self.v = v
        self.m = m


def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                b2 = bodies[j]
                dx = b.x - b2.x
                d2 = dx * dx + 0.25
                mag = dt / (d2 * d2 ** 0.5)
                b.v -= dx * b2.m * mag
                b2.v += dx * b.m * mag
        for b in bodies:
            b.x += dt * b.v


def show(label, bodies):
    print(label, [(repr(b.x), type(b.x).__name__, repr(b.v), type(b.v).__name__, repr(getattr(b, "m", None))) for b in bodies])


def run(label, bodies, dt=0.125, steps=3):
    try:
        advance(bodies, dt, steps)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)
    show(label, bodies)


run("floats", [Body(0.5, 0.25, 1.5), Body(2.5, -0.75, 0.5), Body(-1.25, 0.0, 2.0)])
run("integral floats", [Body(0.0, -0.0, 1.0), Body(2.0, 0.0, 1.0), Body(-3.0, 1.0, 4.0)])
run("int field", [Body(0.5, 0.25, 1.5), Body(2, -0.75, 0.5)])
run("int mass", [Body(0.5, 0.25, 1), Body(2.5, -0.75, 3)])
run("bool field", [Body(0.5, True, 1.5), Body(2.5, -0.75, 0.5)])
run("int dt", [Body(0.5, 0.25, 1.5), Body(2.5, -0.75, 0.5)], dt=1)
run("integral dt", [Body(0.5, 0.25, 1.5), Body(2.5, -0.75, 0.5)], dt=2.0)
run("big steps is an int", [Body(0.5, 0.25, 1.5)], steps=2**70 - 2**70 + 2)
run("inf and nan", [Body(float("inf"), 0.25, 1.5), Body(2.5, float("nan"), 0.5), Body(1e300 * 10, 1e308, 1e308)])
run("huge", [Body(1e308, 1e308, 1e308), Body(-1e308, -1e308, 1e308)])


class F(float):
    def __sub__(self, other):
        return F(float(self) - other + 1000)

    def __rsub__(self, other):
        return F(other - float(self) - 1000)

    def __add__(self, other):
        return F(float(self) + other + 7)

    __radd__ = __add__

    def __repr__(self):
        return "F(" + float.__repr__(self) + ")"


run("float subclass field", [Body(F(0.5), 0.25, 1.5), Body(2.5, -0.75, 0.5)])
run("float subclass dt", [Body(0.5, 0.25, 1.5), Body(2.5, -0.75, 0.5)], dt=F(0.125))


class Prop(Body):
    @property
    def m(self):
        return 100.5

    @m.setter
    def m(self, value):
        pass


run("property", [Body(0.5, 0.25, 1.5), Prop(2.5, -0.75, 0.5)])


class Slotted:
    __slots__ = ("x", "v", "m")

    def __init__(self, x, v, m):
        self.x = x
        self.v = v
        self.m = m


run("slots", [Slotted(0.5, 0.25, 1.5), Slotted(2.5, -0.75, 0.5)])


class Hooked(Body):
    def __getattr__(self, name):
        return 0.5


run("getattr only", [Hooked(0.5, 0.25, 1.5), Hooked(2.5, -0.75, 0.5)])


class Logged(Body):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if name == "v" else value)


run("setattr", [Logged(0.5, 0.25, 1.5), Logged(2.5, -0.75, 0.5)])


class Other:
    def __init__(self, x, v, m):
        self.x = x
        self.v = v
        self.m = m


run("two classes", [Body(0.5, 0.25, 1.5), Other(2.5, -0.75, 0.5), Body(1.0, 0.5, 0.5)])


class MyList(list):
    def __getitem__(self, i):
        return list.__getitem__(self, 0)

    def __len__(self):
        return 2

    def __iter__(self):
        return iter([list.__getitem__(self, 1)])


run("list subclass", MyList([Body(0.5, 0.25, 1.5), Body(2.5, -0.75, 0.5)]))
run("tuple", (Body(0.5, 0.25, 1.5), Body(2.5, -0.75, 0.5)))
try:
    run("not an object", [Body(0.5, 0.25, 1.5), 3.5])
except AttributeError as e:
    print("not an object raised", e)
missing = Body(2.5, -0.75, 0.5)
del missing.m
run("missing field", [Body(0.5, 0.25, 1.5), missing])
same = Body(0.5, 0.25, 1.5)
run("same object twice", [same, Body(2.5, -0.75, 0.5), same])
d = Body(0.5, 0.25, 1.5)
d.__dict__["m"] = 2.25
run("dict taken", [d, Body(2.5, -0.75, 0.5)])
e = Body(0.5, 0.25, 1.5)
e.extra = 1
run("extra field", [e, Body(2.5, -0.75, 0.5)])
run("empty list", [])
run("one body", [Body(0.5, 0.25, 1.5)])
run("no steps", [Body(0.5, 0.25, 1.5), Body(2.5, -0.75, 0.5)], steps=0)

# A field that becomes integral during the run, then stops being integral, and one that goes
# back and forth between the raw double and the boxed float.
k = [Body(0.25, 0.25, 1.0), Body(-0.5, 0.5, 1.0)]


def drift(bodies, dt, steps):
    for _ in range(steps):
        for b in bodies:
            b.x += dt * b.v
            b.v = b.v + 0.0


drift(k, 1.0, 1)
show("drift 1", k)
drift(k, 1.0, 1)
show("drift 2", k)
drift(k, 0.5, 3)
show("drift 3", k)
drift(k, -2.75, 2)
show("drift 4", k)
