# A float kernel in a method rebinds an object local: the attribute fact of the object it held
# before must not describe the new one (an integral float field read through it stays a float).
class B:
    def __init__(self, x, v):
        self.x = x
        self.v = v


class Sim:
    def __init__(self, bodies):
        self.bodies = bodies

    def step(self, bodies, dt, n):
        b = B(1, 2)
        print(b.x, type(b.x).__name__)
        for _ in range(n):
            for b in bodies:
                for k in range(1):
                    b.x += dt * b.v
        print(b.x, type(b.x).__name__, b.v)
        return b


bodies = [B(0.1, 1.5), B(0.0, 2.0)]
s = Sim(bodies)
r = s.step(bodies, 0.5, 2)
print([(o.x, o.v) for o in bodies])
