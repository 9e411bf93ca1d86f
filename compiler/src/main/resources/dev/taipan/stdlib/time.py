"""Time access: CPython 3.11's time module (the parts that do not depend on the time zone), written for Taipan.

The clocks and sleep() are the runtime's (_taipan_time): the host's wall clock (microsecond
resolution), a monotonic clock for monotonic() and perf_counter(), the process's CPU time, and a
sleep that blocks the thread as CPython's does. gmtime() and struct_time follow timemodule.c and
glibc (tm_zone 'GMT', errors for out-of-range timestamps).
"""

import _taipan_time
from operator import index as _index

_NS = 1_000_000_000

sleep = _taipan_time.sleep


def time_ns():
    return _taipan_time.time_ns()


def time():
    # _PyTime_AsSecondsDouble: whole seconds converted exactly, else the nanoseconds divided.
    ns = _taipan_time.time_ns()
    if ns % _NS == 0:
        return float(ns // _NS)
    return ns / 1e9


def monotonic_ns():
    return _taipan_time.monotonic_ns()


def monotonic():
    ns = _taipan_time.monotonic_ns()
    if ns % _NS == 0:
        return float(ns // _NS)
    return ns / 1e9


perf_counter_ns = monotonic_ns
perf_counter = monotonic


def process_time_ns():
    return _taipan_time.process_time_ns()


def process_time():
    ns = _taipan_time.process_time_ns()
    if ns % _NS == 0:
        return float(ns // _NS)
    return ns / 1e9


_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
_EXTRA = ('tm_zone', 'tm_gmtoff')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."""

    __slots__ = ('_extra',)
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        # structseq_new: any sequence of 9 to 11 items; the fields past the ninth from `dict`.
        try:
            items = list(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        n = len(items)
        if n < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({n}-sequence given)')
        if n > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({n}-sequence given)')
        self = tuple.__new__(cls, items[:9])
        extra = []
        for i, name in enumerate(_EXTRA):
            if 9 + i < n:
                extra.append(items[9 + i])
            elif dict is not None:
                extra.append(dict.get(name))
            else:
                extra.append(None)
        self._extra = extra
        return self

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{name}={self[i]!r}' for i, name in enumerate(_FIELDS)) + ')'

    @property
    def tm_year(self):
        return self[0]

    @property
    def tm_mon(self):
        return self[1]

    @property
    def tm_mday(self):
        return self[2]

    @property
    def tm_hour(self):
        return self[3]

    @property
    def tm_min(self):
        return self[4]

    @property
    def tm_sec(self):
        return self[5]

    @property
    def tm_wday(self):
        return self[6]

    @property
    def tm_yday(self):
        return self[7]

    @property
    def tm_isdst(self):
        return self[8]

    @property
    def tm_zone(self):
        return self._extra[0]

    @property
    def tm_gmtoff(self):
        return self._extra[1]


_TIME_T_LIMIT = 2 ** 63
_INT_MAX = 2 ** 31 - 1


def _time_t(seconds):
    """_PyTime_ObjectToTime_t(seconds, _PyTime_ROUND_FLOOR): whole seconds within time_t's range."""
    if isinstance(seconds, float):
        if seconds != seconds:
            raise ValueError('Invalid value NaN (not a number)')
        if not -_TIME_T_LIMIT <= seconds < _TIME_T_LIMIT:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(seconds // 1)
    t = _index(seconds)
    if not -_TIME_T_LIMIT <= t < _TIME_T_LIMIT:
        raise OverflowError('timestamp out of range for platform time_t')
    return t


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _civil_from_days(days):
    """(year, month, day) of the proleptic Gregorian calendar, days counted from 1970-01-01."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def gmtime(seconds=None):
    """gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,
                       tm_sec, tm_wday, tm_yday, tm_isdst)

Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.
GMT).  When 'seconds' is not passed in, convert the current time instead.

If the platform supports the tm_gmtoff and tm_zone, they are available as
attributes only."""
    t = _taipan_time.time_ns() // _NS if seconds is None else _time_t(seconds)
    days, rem = divmod(t, 86400)
    year, month, day = _civil_from_days(days)
    if not -2 ** 31 <= year - 1900 <= _INT_MAX:
        raise OSError(75, 'Value too large for defined data type')
    yday = days - (_days_before_year(year) - _days_before_year(1970)) + 1
    hour, rem = divmod(rem, 3600)
    minute, sec = divmod(rem, 60)
    return struct_time((year, month, day, hour, minute, sec, (days + 3) % 7, yday, 0, 'GMT', 0))
