import datetime
from datetime import date, time, datetime as DT, timedelta as TD, timezone, tzinfo, MINYEAR, MAXYEAR, UTC

print(MINYEAR, MAXYEAR, UTC is timezone.utc, repr(UTC), str(UTC))
# timedelta construction and normalisation
for args, kw in [((), {}), ((1,), {}), ((0, 1), {}), ((-1,), {}), ((), {'microseconds': -1}), ((), {'hours': 25.5}),
                 ((), {'weeks': 1, 'days': -1, 'minutes': 3}), ((), {'seconds': 0.5, 'microseconds': 0.5}),
                 ((), {'milliseconds': 1.0005}), ((1.5, 2.25, 3.75), {}), ((), {'microseconds': 1.5}),
                 ((), {'microseconds': 2.5}), ((), {'microseconds': -0.5}), ((), {'days': 1e-7}),
                 ((), {'seconds': 86399.9999996})]:
    t = TD(*args, **kw)
    print(repr(t), str(t), t.days, t.seconds, t.microseconds, t.total_seconds())
print(TD.min, TD.max, TD.resolution, repr(TD.max))
for bad in [lambda: TD(days=10**9), lambda: TD('1'), lambda: TD(seconds=float('inf')), lambda: TD.max + TD.resolution,
            lambda: TD(1) / 0, lambda: TD(1) // TD(0), lambda: TD(hours=float('nan'))]:
    try:
        print(bad())
    except (OverflowError, TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
a, b = TD(days=1, hours=2), TD(hours=-5, microseconds=7)
print(a + b, a - b, -a, +b, abs(b), a * 3, 2 * b, a * 0.1, a / 7, a / 0.3, a / b, a // b, a // 5, a % TD(hours=5), divmod(a, TD(hours=7)))
print(a > b, a == TD(hours=26), a != b, sorted([a, b, TD(0)]), bool(TD(0)), bool(b), hash(a) == hash(TD(seconds=93600)))
print(TD(seconds=1) / 0.3, TD(seconds=1) * 0.3, TD(1) // 7, TD(1) / 7, TD(microseconds=5) / 2, TD(microseconds=7) / 2)

# date
d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d + TD(days=2), d - TD(days=60), d - date(2023, 2, 28), TD(1) + d)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), date.fromordinal(1), date.fromordinal(738944))
print(d.isoformat(), d.ctime(), d.replace(day=29), d.replace(year=2023, month=3), date.min, date.max, date.resolution)
print(d.strftime('%a %A %b %B %d %m %y %Y %j %U %W %w %u %%'), d.strftime('%c | %x | %X | %D | %F | %e | %C | %G %g %V'))
print(date(2021, 1, 3).strftime('%G-W%V-%u %U %W %j'), date(5, 1, 1).strftime('%Y %G %y'), date(2020, 1, 1).strftime('%Q %H:%M:%S %f %z %Z|'))
print(f'{d:%d.%m.%Y}', f'{d}', format(d, ''), '{:%B}'.format(d))
print(date.fromisoformat('2024-03-01'), date.fromisoformat('20240301'), date.fromisoformat('2024-W09-5'), date.fromisoformat('2024W095'), date.fromisoformat('2024-W10'))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
for bad in ['2020-1-1', '2020-02-30', '', '2020-001', '2020/01/01', '2020-W54', '2020-01-01T00:00']:
    try:
        print(date.fromisoformat(bad))
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: date(2020, 2, 30), lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: date(2020, 2.0, 1),
            lambda: date(2020, '1', 1), lambda: date.max + TD(1), lambda: date.min - TD(1), lambda: date(2020, 1, 1) < DT(2020, 1, 1),
            lambda: date.fromordinal(0), lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2021, 1, 8)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(date(2020, 1, 1) == DT(2020, 1, 1), date(2020, 1, 1) != DT(2020, 1, 1), d == date(2024, 2, 28), d < date(2024, 3, 1), max(d, date(2000, 1, 1)))
print(sorted({date(2020, 1, 2), date(2020, 1, 1), date(2020, 1, 2)}), date(2020, 1, 1) == 5)

# time
t = time(12, 30)
print(t, repr(t), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time()), time.min, time.max, time.resolution)
print(t.isoformat(), t.isoformat('hours'), t.isoformat('minutes'), time(1, 2, 3, 456789).isoformat('milliseconds'), time(1, 2, 3).isoformat('microseconds'))
print(t.strftime('%I:%M %p %H'), time(0, 5).strftime('%I %p %l'), f'{t:%H.%M}', t.replace(minute=0), bool(time(0)))
tz = timezone(TD(hours=5, minutes=30), 'IST')
tt = time(10, 0, tzinfo=tz)
print(tt, repr(tt), tt.utcoffset(), tt.tzname(), tt.dst(), tt.strftime('%z %Z'), time(1, fold=1).fold, repr(time(1, fold=1)))
print(time.fromisoformat('10:20'), time.fromisoformat('T10:20:30.5'), time.fromisoformat('102030'), time.fromisoformat('10:20:30+01:00'), time.fromisoformat('10:20:30.123456789Z'))
print(time(10) == time(10, tzinfo=timezone.utc), time(10, tzinfo=tz) == time(4, 30, tzinfo=timezone.utc), time(10, tzinfo=tz) < time(5, tzinfo=timezone.utc))
for bad in [lambda: time(24), lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10**6), lambda: time(fold=2),
            lambda: time(1) < time(1, tzinfo=timezone.utc), lambda: time(tzinfo=1), lambda: time(1).isoformat('days'), lambda: time.fromisoformat('1:2')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# datetime
dt = DT(2020, 1, 1, 12, 30)
print(dt, repr(dt), repr(DT(2020, 1, 1)), repr(DT(2020, 1, 1, 0, 0, 5)), repr(DT(2020, 1, 1, 0, 0, 0, 7)), repr(DT(2020, 1, 1, tzinfo=UTC)))
print(dt.replace(hour=0) - dt, (dt - DT(2019, 12, 31)).total_seconds(), dt + TD(hours=12), dt - TD(days=366), dt.date(), dt.time(), dt.timetz())
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='seconds'), DT(2020, 1, 1, 1, 2, 3, 4000).isoformat(timespec='milliseconds'), dt.ctime(), dt.weekday())
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f %p %I %j %a'), f'{dt:%H:%M}', DT.combine(d, t), DT.combine(d, tt), DT.combine(d, tt, tzinfo=None))
aware = DT(2020, 6, 1, 12, 0, tzinfo=tz)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst(), aware.astimezone(UTC), aware.astimezone(timezone(TD(hours=-3))))
print(aware.timestamp(), DT(1970, 1, 1, tzinfo=UTC).timestamp(), DT.fromtimestamp(0, UTC), DT.fromtimestamp(1600000000.5, tz), DT.utcfromtimestamp(86400 * 365.25))
print(aware == DT(2020, 6, 1, 6, 30, tzinfo=UTC), aware - DT(2020, 6, 1, tzinfo=UTC), aware == DT(2020, 6, 1, 12), aware.strftime('%z|%Z|%c'))
print(DT.fromisoformat('2020-01-01'), DT.fromisoformat('2020-01-01T10:20:30'), DT.fromisoformat('2020-01-01 10:20:30.250+02:00'), DT.fromisoformat('20200101T102030Z'), DT.fromisoformat('2011-W01-2T00:05:23.283'))
print(repr(DT.fromisoformat('2020-01-01T10:20:30-05:30')), DT.min, DT.max, DT.resolution)
for bad in [lambda: DT(2020, 1, 1) - DT(2020, 1, 1, tzinfo=UTC), lambda: DT(2020, 1, 1) < DT(2020, 1, 1, tzinfo=UTC),
            lambda: DT.max + TD(1), lambda: DT.fromisoformat('2020-01-01T25:00'), lambda: DT.fromisoformat('nope'),
            lambda: DT(2020, 1, 1) < date(2020, 1, 2), lambda: DT(2020, 1, 1).isoformat('--'), lambda: DT.combine(1, t)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sorted([DT(2020, 1, 2), DT(2019, 5, 5, 5), DT(2020, 1, 1, 23)]), DT(2020, 1, 1) == date(2020, 1, 1), isinstance(dt, date))
print(hash(DT(2020, 1, 1, tzinfo=UTC)) == hash(DT(2020, 1, 1, 5, 30, tzinfo=tz)), len({DT(2020, 1, 1, tzinfo=UTC), DT(2020, 1, 1, 5, 30, tzinfo=tz)}))

# timezone
for off in [TD(0), TD(hours=-5), TD(hours=5, minutes=30, seconds=15), TD(hours=-1, microseconds=1), TD(hours=23, minutes=59)]:
    z = timezone(off)
    print(repr(z), str(z), z.utcoffset(None), z.tzname(None), z.dst(None), z == timezone(off, 'x'))
print(timezone(TD(0)) is UTC, repr(timezone(TD(0), 'Z')), repr(timezone.min), repr(timezone.max), repr(tz), str(tz))
for bad in [lambda: timezone(TD(days=1)), lambda: timezone(5), lambda: timezone(TD(0), 5), lambda: timezone(TD(0), None), lambda: tz.utcoffset(5), lambda: tz.fromutc(DT(2020, 1, 1))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Fixed(tzinfo):
    def __init__(self, hours):
        self.h = hours
    def utcoffset(self, dt):
        return TD(hours=self.h)
    def dst(self, dt):
        return TD(0)
    def tzname(self, dt):
        return f'F{self.h:+d}'
    def __repr__(self):
        return f'Fixed({self.h})'

f2 = Fixed(2)
x = DT(2021, 3, 4, 5, 6, tzinfo=f2)
print(x, repr(x), x.tzname(), x.astimezone(UTC), UTC.fromutc(DT(2020, 1, 1, tzinfo=UTC)), x.astimezone(Fixed(-7)), x.strftime('%Z %z'))
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print('NotImplementedError', e)

class MyDate(date):
    pass

m = MyDate(2020, 5, 5)
print(repr(m), type(m + TD(1)).__name__, repr(m.replace(day=6)))
print(isinstance(datetime.datetime.now(), DT), isinstance(date.today(), date), DT.now(UTC).tzinfo is UTC, abs(DT.now() - DT.now()) < TD(seconds=5))
print(DT(2020, 1, 1).timestamp() - DT(2019, 12, 31).timestamp())
z = timezone(TD(hours=3))
for f in [lambda: z.tzname(3), lambda: z.dst(3), lambda: z.fromutc(3), lambda: DT.combine(1, time()), lambda: DT.combine(date(2000,1,1), 1), lambda: timezone(None), lambda: date.fromisocalendar(10000, 1, 1), lambda: date.fromisocalendar(2020, 0, 1), lambda: DT.fromisoformat('2020-01-01T25:00'), lambda: date.fromisoformat(5), lambda: DT(2020,1,1,tzinfo=5), lambda: time(tzinfo=5), lambda: date(2020,1,1).strftime(5), lambda: DT(2020,1,1).isoformat('ab'), lambda: DT(2020,1,1).isoformat(5), lambda: time().isoformat(5), lambda: DT.fromtimestamp(float('nan')), lambda: date.fromordinal(10**7), lambda: DT(2020,1,1).astimezone(5), lambda: DT(2020, 1, 1).isoformat(timespec=3)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
