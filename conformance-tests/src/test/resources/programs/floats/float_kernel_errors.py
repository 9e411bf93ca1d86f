# Errors raised inside loops that run as float kernels: a zero divisor, an index past the end,
# caught after the loop, then the function's locals as the loop left them; empty ranges leave
# locals unbound or at their old values.


class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def pairs(ps, dt, n, steps):
    dx = "old"
    for _ in range(steps):
        for i in range(n):
            a = ps[i]
            for j in range(i + 1, n):
                c = ps[j]
                dx = a.x - c.x
                inv = dt / dx
                a.v -= inv
                c.v += inv * 0.5
        for a in ps:
            a.x += dt * a.v
    return dx


def report(ps, dt, n, steps):
    try:
        print("returned", pairs(ps, dt, n, steps))
    except (ZeroDivisionError, IndexError) as e:
        print(type(e).__name__, e)
    print([(p.x, p.v) for p in ps])


report([P(0.5, 0.25), P(1.5, 0.5), P(3.5, 0.125)], 0.25, 3, 2)
# Two bodies at one point: `dt / dx` divides by zero on the first step.
report([P(0.5, 0.25), P(0.5, 0.5), P(3.5, 0.125)], 0.25, 3, 2)
# They meet after one step: the first step's stores are kept, the second raises.
report([P(0.5, 1.0), P(1.5, 0.0)], 1.0, 2, 3)
# -0.0 is a zero divisor too.
report([P(0.0, 0.0), P(0.0, 0.0)], 0.5, 2, 1)
# An index past the end of the list.
report([P(0.5, 0.25), P(1.5, 0.5)], 0.25, 3, 2)
report([P(0.5, 0.25)], 0.25, 1, 2)
report([P(0.5, 0.25)], 0.25, 0, 2)


def locals_after(ps, n, steps, dt):
    total = 0.5
    for s in range(steps):
        for i in range(n):
            p = ps[i]
            q = p.x * dt
            total += q / p.v
        for p in ps:
            last = p.x
            p.v = p.v * 2.0 - 1.0
    try:
        print("s", s)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print("i", i)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print("p", p.x, p.v)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print("q", q)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print("last", last)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    return total


print(locals_after([P(0.5, 0.25), P(1.5, 1.5)], 2, 3, 0.125))
print(locals_after([P(0.5, 0.25), P(1.5, 1.5)], 0, 3, 0.125))
print(locals_after([], 0, 2, 0.125))
print(locals_after([P(0.5, 0.25)], 0, 0, 0.125))
# p.v becomes 0.0 (an integral float, then a zero divisor) in the second step.
try:
    locals_after([P(0.5, 0.75), P(1.5, 0.5)], 2, 3, 0.125)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def rebinding(ps, dt, steps):
    x = 1.0
    y = 2
    for _ in range(steps):
        for p in ps:
            x = x * 0.5 + p.x
            p.x = x - dt
        for p in ps:
            p.v = -p.v
    print("rebinding", x, y, [(p.x, p.v) for p in ps])


rebinding([P(0.5, 0.25), P(2.5, -0.0)], 0.125, 3)
rebinding([P(0.5, 0.25), P(2.5, -0.0)], 0.125, 0)


def squares(ps, steps):
    r = 0.0
    for _ in range(steps):
        for p in ps:
            d = p.x * p.x + p.v * p.v
            r = r + d ** 0.5 - (p.x * p.x) ** 0.5
            p.x = -p.x / 2
    return r


for x, v in [(3.0, 4.0), (-0.0, 0.0), (-0.0, -0.0), (1e200, 1e200), (5e-324, 0.0), (-1e-170, 1e-170),
             (float("inf"), 1.0), (float("-inf"), 1.0), (float("nan"), 1.0), (2.0, float("nan"))]:
    print(x, v, squares([P(x, v)], 2))
