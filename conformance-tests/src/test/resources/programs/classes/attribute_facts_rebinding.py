# Loads and stores through a local that is rebound between them (a parameter reassigned, a local
# assigned in a loop, in branches, by several targets at once) must act on the object the name
# holds now, whatever the objects before it were: plain instances, instances whose class has a
# property or __getattr__, instances of a subclass with __slots__, instances holding integral
# floats, instances whose __dict__ was taken, None. Also generators suspended between accesses,
# and nested functions, lambdas and comprehensions reading the same names.


class P:
    def __init__(self, v):
        self.v = v
        self.w = 0


class Prop(P):
    v = property(lambda s: ("Prop.v", s.__dict__.get("v")), lambda s, x: s.__dict__.__setitem__("v", ("set", x)))


class Slotted(P):
    __slots__ = ("v2",)

    def __init__(self, v):
        P.__init__(self, v)
        self.v2 = -v


class Hooked(P):
    def __getattr__(self, name):
        return ("getattr", name)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("hooked", value))


class FloatHolder(P):
    pass


def make_objects():
    f = FloatHolder(1.0)
    d = P(5)
    d.__dict__
    return [P(1), Prop(2), Slotted(3), Hooked(4), f, d, P(-0.0), P(2**64)]


class Ops:
    # Methods keep attribute facts; `self` is unused.
    def param_rebound(self, o, other):
        first = o.v
        o.w = first
        o = other
        o.w = 7
        return first, o.v, o.w

    def local_in_loop(self, objs):
        out = []
        for i in range(len(objs)):
            cur = objs[i]
            cur.w = i
            out.append((cur.v, cur.w))
            cur = objs[-1 - i]
            out.append(cur.v)
        return out

    def branches(self, a, b, flag):
        x = a
        x.w = 1
        if flag:
            x = b
        elif flag is None:
            x = y = b
            y.w = 3
        return x.v, x.w

    def loop_target(self, objs, stop):
        out = []
        for cur in objs:
            cur.w = len(out)
            out.append((cur.v, cur.w))
            if cur is stop:
                break
        else:
            out.append(cur.v)
        for cur in reversed(objs):
            out.append(cur.v)
        return out

    def range_targets(self):
        out = []
        for n in R:
            out.append((n.real, n.imag))
        for n in range(2**62, 2**62 + 2):
            out.append(n.bit_length())
        for n in [1.5, 2.0, True]:
            out.append(n.real)
        return out

    def while_chain(self, node):
        total = []
        while node is not None:
            total.append(node.v)
            node.w = len(total)
            node = node.next
        return total


R = range(3)
ops = Ops()


for round_ in range(3):
    objs = make_objects()
    for o in objs:
        for other in objs:
            r = ops.param_rebound(o, other)
        print(type(o).__name__, r)
    print(ops.local_in_loop(objs))
    print(ops.loop_target(objs, None), ops.loop_target(objs, objs[3]))
    print(ops.range_targets())
    for a in objs:
        print([ops.branches(a, b, flag) for b in objs[:3] for flag in (True, False, None)])

# A linked chain of mixed objects walked by a rebinding loop.
objs = make_objects()
for i, o in enumerate(objs):
    object.__setattr__(o, "next", objs[i + 1] if i + 1 < len(objs) else None)
print(ops.while_chain(objs[0]))
for i in range(200):
    ops.while_chain(objs[0])
print(ops.while_chain(objs[0]), [o.w for o in objs])

# A generator suspended between loads of the same object, changed while suspended.
class Gen:
    def __init__(self):
        self.a = 1

    def walk(self):
        yield self.a
        yield self.a
        self.a = 3
        yield self.a


g = Gen()
for i in range(300):
    list(g.walk())
it = g.walk()
print(next(it))
Gen.a = property(lambda s: "Gen.a", lambda s, v: None)
print(next(it), next(it))
del Gen.a
it = g.walk()
print(next(it))
g.a = 5.0
print(next(it), next(it), g.a)

# Nested functions, lambdas and comprehensions over the method's own names.
class Outer:
    def __init__(self):
        self.k = 1

    def run(self, change):
        first = self.k
        get = lambda: self.k
        def inner():
            return self.k
        change(self)
        return first, self.k, get(), inner(), [self.k for _ in range(2)]


def set_float(o):
    o.k = 4.0


def add_prop(o):
    type(o).k = property(lambda s: "Outer.k")


o = Outer()
for i in range(300):
    o.run(lambda _: None)
print(o.run(set_float))
o = Outer()
for i in range(300):
    o.run(lambda _: None)
print(o.run(add_prop))
