# Attribute access and calls: a missing method is marked at the attribute, a failing call of a
# builtin at the whole call, over a call that spans two lines.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm(p):
    return (p.x ** 2 + p.y ** 2) ** 0.5


def describe(p):
    return "%s at %s" % (p.name(), norm(p))


def run(points):
    for p in points:
        print(norm(p))
    return [describe(p)
            for p in points]


run([Point(3, 4)])
