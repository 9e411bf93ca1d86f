# A zero divisor met inside a loop that runs as a float kernel: CPython's traceback, with the
# division's position, after the stores of the steps before it.


class P:
    def __init__(self, x, v):
        self.x = x
        self.v = v


def step(ps, dt, steps):
    n = len(ps)
    for _ in range(steps):
        for i in range(n):
            a = ps[i]
            for j in range(i + 1, n):
                c = ps[j]
                dx = a.x - c.x
                a.v -= dt * a.x / (dx * dx) ** 0.5
                c.v += dt / dx
        for a in ps:
            a.x += a.v


ps = [P(0.5, 0.5), P(2.5, -0.5), P(2.5, 0.125)]
try:
    step(ps, 0.25, 2)
finally:
    print([(p.x, p.v) for p in ps])
