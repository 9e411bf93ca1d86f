# The float distributions use random.py's formulas in CPython's order: gauss (with its cached
# second value), normalvariate, expovariate, gamma and beta, lognormal, von Mises, Pareto, Weibull.
import random

r = random.Random(31337)
print([r.gauss() for _ in range(5)])
print(r.gauss(10, 2), r.gauss_next, r.gauss(10, 2), r.gauss_next)
print([r.normalvariate(0, 1) for _ in range(5)])
print([r.expovariate(1.5) for _ in range(5)], r.expovariate(-2))
print([r.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 9.0)])
print([r.betavariate(2, 5) for _ in range(4)], r.betavariate(0.5, 0.5))
print([r.lognormvariate(0, 0.5) for _ in range(4)])
print([r.vonmisesvariate(1.0, k) for k in (0, 0.5, 4.0)])
print([r.paretovariate(3) for _ in range(3)], [r.weibullvariate(1, 1.5) for _ in range(3)])
sums = [0.0] * 4
for _ in range(500):
    sums[0] += r.gauss()
    sums[1] += r.expovariate(1.0)
    sums[2] += r.gammavariate(2.0, 1.0)
    sums[3] += r.betavariate(3, 2)
print([round(s, 9) for s in sums])
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)
for bad in [(0, 1), (1, -1)]:
    try:
        r.gammavariate(*bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    r.expovariate(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
