# statistics (all but geometric_mean and NormalDist): exact sums and result types over int,
# float, Fraction and bool data, errors,
# and seeded random data of many magnitudes so that every rounding path is compared.
import statistics
from fractions import Fraction as F

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

nan = float("nan")
inf = float("inf")
SETS = [
    [1, 2, 3, 4],
    [1, 2, 3, 4, 5],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [1e50, 1, -1e50] * 10,
    [0.1] * 10,
    [F(1, 3), F(2, 7), F(5, 6)],
    [F(1, 2), 2, 0.25],
    [True, False, True, 3],
    [1, 2, 2, 3, 3, 3, 4],
    [7],
    [],
    [1.0, nan, 3.0],
    [1.0, inf, 3.0],
    [inf, -inf],
    [-2, -1.5, 0, 4],
    [3, 1.5, F(3, 4), 10**20],
    [10**30 + 1, 10**30 + 3, 10**30 + 7],
]
FUNCS = ["mean", "fmean", "harmonic_mean", "median", "median_low",
         "median_high", "median_grouped", "mode", "multimode", "pstdev", "pvariance",
         "stdev", "variance"]
for data in SETS:
    print("data", data)
    for name in FUNCS:
        fn = getattr(statistics, name)
        show("  " + name, lambda: fn(data))
        show("  " + name + "-iter", lambda: fn(iter(data)))

show("mean-str", lambda: statistics.mean(["a", "b"]))
show("mean-mixed", lambda: statistics.mean([1, "b"]))
show("mode-str", lambda: statistics.mode("aabbbcc"))
show("mode-tie", lambda: statistics.mode([3, 1, 1, 3, 2]))
show("multimode-str", lambda: statistics.multimode("aabbbbccddddeeffffgg"))
show("multimode-empty", lambda: statistics.multimode(""))
show("mode-unhashable", lambda: statistics.mode([[1], [2]]))
show("median-str", lambda: statistics.median(["b", "a", "c"]))
show("median-low-str", lambda: statistics.median_low(["b", "a", "c", "d"]))
show("median-grouped", lambda: statistics.median_grouped([52, 52, 53, 54], interval=2))
show("median-grouped-str", lambda: statistics.median_grouped(["a", "b"]))
show("median-grouped-frac", lambda: statistics.median_grouped([F(1, 2), F(3, 2), F(3, 2)], F(1, 3)))
show("hm-weights", lambda: statistics.harmonic_mean([40, 60], weights=[5, 30]))
show("hm-zero", lambda: statistics.harmonic_mean([1, 0, 3]))
show("hm-neg", lambda: statistics.harmonic_mean([1, -2, 3]))
show("hm-neg1", lambda: statistics.harmonic_mean([-2]))
show("hm-str1", lambda: statistics.harmonic_mean(["x"]))
show("hm-wlen", lambda: statistics.harmonic_mean([1, 2], weights=[1]))
show("hm-wneg", lambda: statistics.harmonic_mean([1, 2], weights=[1, -1]))
show("hm-wzero", lambda: statistics.harmonic_mean([1, 2], weights=[0, 0]))
show("hm-frac", lambda: statistics.harmonic_mean([F(1, 2), F(1, 3)], weights=iter([1, 2])))
show("fmean-w", lambda: statistics.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
show("fmean-wlen", lambda: statistics.fmean([1, 2], weights=[1]))
show("fmean-wzero", lambda: statistics.fmean([1, 2], weights=[1, -1]))
show("fmean-witer", lambda: statistics.fmean(iter([1, 2, 3]), weights=iter([3, 2, 1])))
show("var-xbar", lambda: statistics.variance([1, 2, 3, 4], xbar=2.5))
show("var-xbar-int", lambda: statistics.variance([1, 2, 3, 4], 2))
show("pvar-mu", lambda: statistics.pvariance([1.5, 2.5, 2.5, 2.75], mu=2.3125))
show("stdev-frac", lambda: statistics.stdev([F(1, 2), F(3, 4), F(5, 4)]))
show("pstdev-mu", lambda: statistics.pstdev([1, 2, 4], mu=F(7, 3)))
show("var-1", lambda: statistics.variance([1]))
show("stdev-1", lambda: statistics.stdev([1.0]))
show("stdev-nan", lambda: statistics.stdev([1.0, nan]))
for method in ("exclusive", "inclusive"):
    for n in (1, 2, 4, 10):
        show("quantiles %s %d" % (method, n), lambda: statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=n, method=method))
    show("quantiles-2pts " + method, lambda: statistics.quantiles([1.5, F(7, 2)], n=5, method=method))
show("quantiles-n0", lambda: statistics.quantiles([1, 2], n=0))
show("quantiles-1pt", lambda: statistics.quantiles([1]))
show("quantiles-method", lambda: statistics.quantiles([1, 2], method="x"))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("cov", lambda: statistics.covariance(x, y))
show("corr", lambda: statistics.correlation(x, y))
show("corr-self", lambda: statistics.correlation(x, x))
show("corr-const", lambda: statistics.correlation(x, [5] * 9))
show("cov-len", lambda: statistics.covariance([1, 2], [1]))
show("corr-len", lambda: statistics.correlation([1, 2], [1]))
show("cov-1", lambda: statistics.covariance([1], [1]))
show("corr-1", lambda: statistics.correlation([1], [1]))
show("lr", lambda: statistics.linear_regression(x, y))
show("lr-prop", lambda: statistics.linear_regression(x, y, proportional=True))
show("lr-const", lambda: statistics.linear_regression([2, 2], [1, 3]))
show("lr-len", lambda: statistics.linear_regression([1, 2], [1]))
show("lr-1", lambda: statistics.linear_regression([1], [1]))
lr = statistics.linear_regression([1, 2, 3], [2, 4, 7])
print(lr.slope, lr.intercept, lr[0], type(lr).__name__)
print(issubclass(statistics.StatisticsError, ValueError))

# Seeded random data: floats of many magnitudes and signs, ints, fractions.
state = 2024
def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 17) % n

def rand_float():
    return (rand(2**53) / 2**53 - 0.5) * 10.0 ** (rand(13) - 6)

def rand_value(kind):
    if kind == 0:
        return rand_float()
    if kind == 1:
        return rand(2001) - 1000
    if kind == 2:
        return F(rand(2001) - 1000, 1 + rand(50))
    return rand_float() if rand(2) else rand(100)

for trial in range(80):
    kind = rand(4)
    data = [rand_value(kind) for _ in range(2 + rand(12))]
    ys = [rand_float() for _ in data]
    out = []
    for name in ("mean", "fmean", "median", "median_low", "median_high", "median_grouped",
                 "pstdev", "pvariance", "stdev", "variance"):
        try:
            out.append(repr(getattr(statistics, name)(data)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    pos = [abs(v) + 1 for v in data]
    for name in ("harmonic_mean",):
        try:
            out.append(repr(getattr(statistics, name)(pos)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    out.append(repr(statistics.quantiles(data, n=1 + rand(8))))
    out.append(repr(statistics.quantiles(data, n=1 + rand(8), method="inclusive")))
    fx = [float(v) for v in data]
    out.append(repr(statistics.covariance(fx, ys)))
    try:
        out.append(repr(statistics.correlation(fx, ys)))
    except statistics.StatisticsError as e:
        out.append(str(e))
    try:
        out.append(repr(statistics.linear_regression(fx, ys, proportional=bool(rand(2)))))
    except statistics.StatisticsError as e:
        out.append(str(e))
    out.append(repr(statistics.fmean(fx, weights=[abs(v) for v in ys])))
    out.append(repr(statistics.fmean(data)))
    out.append(repr(statistics.mode([int(v) % 5 for v in data])))
    out.append(repr(statistics.multimode([int(v) % 4 for v in data])))
    print(trial, kind, len(data), " ".join(out))
