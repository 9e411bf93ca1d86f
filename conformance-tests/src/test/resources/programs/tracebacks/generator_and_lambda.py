# Frames of a generator resumed by a for loop, a lambda, and a generator expression consumed by
# sum().
def ratios(xs):
    for x in xs:
        yield 10 / x


def apply(f, xs):
    return [f(v) for v in xs]


print(apply(lambda v: v * 2, [1, 2]))
print(sum(r for r in ratios([5, 2])))
print(apply(lambda v: sum(ratios([v, v - 1])), [3, 1]))
