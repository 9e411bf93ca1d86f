# sys.version_info as programs test it: slices, fields, comparisons (not the micro release).
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, v >= (3, 8), v < (3, 12), len(v), type(v).__name__)
print(sys.version_info[0] == 3, tuple(v)[:2], isinstance(v, tuple))
if sys.version_info >= (3, 10):
    print("match available")
