inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(nan), float("-inf"), float("NaN"), float("Infinity"))
print(inf > 10 ** 400, inf - inf, inf * 0, nan == nan, nan != nan, nan is nan)
print(1e308 * 10, -1e308 * 10)
print([nan] == [nan], nan in [nan])
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308))
