# A counting loop whose body runs as a float kernel tests the list's elements once, then not
# again while each iteration completes a pass: fields that become integral floats on the way,
# -0.0, inf and nan, and a list rebuilt between two runs of the loop.


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


def drift(bodies, dt, steps):
    for _ in range(steps):
        for b in bodies:
            b.x += dt * b.v
        for b in bodies:
            print(repr(b.x), type(b.x).__name__, end="; ")
        print()


def show(label, bodies):
    print(label, [(repr(b.x), type(b.x).__name__, repr(b.v), type(b.v).__name__) for b in bodies])


# The print makes `drift`'s body generic: each step prints what the kernel-free body computed.
drift([Body(0.25, 1.5, 1.0), Body(-0.5, 0.5, 1.0)], 0.5, 6)


def slide(bodies, dt, steps):
    for _ in range(steps):
        for b in bodies:
            b.x += dt * b.v


for steps in range(7):
    bodies = [Body(0.25, 1.5, 1.0), Body(-0.5, 0.5, 1.0), Body(-0.0, -0.0, 1.0)]
    slide(bodies, 0.5, steps)
    show("slide %d" % steps, bodies)

bodies = [Body(1.0, -0.25, 1.0), Body(float("inf"), 1.0, 1.0), Body(0.5, float("nan"), 1.0)]
slide(bodies, 4.0, 5)
show("edges", bodies)

bodies = [Body(0.5, 0.25, 1.5), Body(2.5, -0.75, 0.5), Body(-1.25, 0.0, 2.0)]
advance(bodies, 0.125, 40)
show("advance", bodies)
bodies.append(Body(3, 1, 1))
try:
    advance(bodies, 0.125, 3)
except Exception as e:
    print("raised", type(e).__name__, e)
show("with int fields", bodies)
bodies[3] = Body(3.5, 1.5, 1.0)
advance(bodies, 0.125, 3)
show("again", bodies)
bodies = [Body(0.0, 0.0, 1.0), Body(0.0, 1.0, 1.0)]
try:
    advance(bodies, 0.125, 3)
except Exception as e:
    print("raised", type(e).__name__, e)
show("zero divisor", bodies)


class Cell:
    def __init__(self, x, v, m, n):
        self.x = x
        self.v = v
        self.m = m
        self.n = n


def settle_then_raise(cells, steps):
    for _ in range(steps):
        for c in cells:
            c.x += 0.5
            c.n = c.x * -1.0
            c.v = c.m / c.x


cells = [Cell(-1.0, 0.25, 3.0, 0.5), Cell(2.5, 0.25, 1.5, 0.5)]
try:
    settle_then_raise(cells, 4)
except ZeroDivisionError as e:
    print("raised", e)
for c in cells:
    print(repr(c.x), repr(c.n), repr(c.v), type(c.x).__name__, type(c.n).__name__)
cells = [Cell(0.25, 0.5, 2.0, 0.5)]
settle_then_raise(cells, 3)
print([(repr(c.x), repr(c.n), repr(c.v)) for c in cells], vars(cells[0]))

# The same instance twice in the list: its fields are stored twice in a pass.
c = Cell(-1.5, 0.25, 1.0, 0.5)
cells = [c, c, Cell(0.5, 0.5, 1.0, 0.5)]
try:
    settle_then_raise(cells, 2)
except ZeroDivisionError as e:
    print("raised", e)
print([(repr(c.x), repr(c.n), repr(c.v)) for c in cells])
c = Cell(-2.0, 0.25, 1.0, 0.5)
cells = [c, Cell(0.5, 0.5, 1.0, 0.5), c]
settle_then_raise(cells, 1)
print([(repr(c.x), repr(c.n), repr(c.v), type(c.v).__name__) for c in cells])
