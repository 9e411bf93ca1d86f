# time.gmtime and struct_time: fields, reprs, the tuple protocol, range errors.
import time

for t in [0, 1, -1, 86399, 951782400, 1700000000, 1700000000.9, -1.5, 2**31, -2**31, 253402300799, 10**12, -10**12,
          67768036191676799, 2**62]:
    try:
        print(t, time.gmtime(t))
    except Exception as e:
        print(t, type(e).__name__ + ':', e)
g = time.gmtime(1234567890)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(len(g), g[0], g[-1], g[1:4], list(g) == list(tuple(g)), g == tuple(g), hash(g) == hash(tuple(g)))
print(g.n_fields, g.n_sequence_fields, g.n_unnamed_fields, isinstance(g, tuple), type(g).__name__)
y, mo, d, *rest = g
print(y, mo, d, rest)
print(time.gmtime().tm_year >= 2024, time.gmtime(None).tm_zone)
s = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.struct_time(range(11)).tm_gmtoff, time.struct_time(range(9), {'tm_zone': 'X'}).tm_zone)
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError:', e)
for bad in ['x', float('nan'), 1e20, 2**63, float('-inf')]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__ + ':', e)
