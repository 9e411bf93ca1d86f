# An index past the end of a list inside a loop that runs as a float kernel.


class P:
    def __init__(self, x):
        self.x = x


def spread(ps, n, dt):
    for _ in range(2):
        for i in range(n):
            p = ps[i]
            p.x = p.x * dt - 0.5
        for p in ps:
            p.x += dt


ps = [P(0.5), P(1.5)]
spread(ps, 2, 0.75)
print([p.x for p in ps])
spread(ps, 3, 0.75)
