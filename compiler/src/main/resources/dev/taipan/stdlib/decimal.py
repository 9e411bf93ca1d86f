"""Decimal floating point: the General Decimal Arithmetic Specification as CPython 3.11's
_decimal (libmpdec) behaves, written for Taipan.

A finite Decimal is (sign, coefficient, exponent) with the coefficient a Python int (a BigInt
underneath once it outgrows a double), so arithmetic is exact integer arithmetic followed by one
rounding to the context (_finish). Each operation collects its conditions in a bit set as
libmpdec does and hands them to the context once (Context._signal), which sets every flag and
raises the first trapped signal in _decimal's order with the list of trapped conditions
(`InvalidOperation: [<class 'decimal.ConversionSyntax'>]`).
"""

import math
from collections import namedtuple

import _decimal_format
import _decimal_math
from _taipan import int_digits as _digits, int_from_digits as _from_digits, ternary_pow as _ternary_pow

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN',
    'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
    'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# libmpdec's condition bits.
_CLAMPED = 1
_CONVERSION_SYNTAX = 2
_DIVISION_BY_ZERO = 4
_DIVISION_IMPOSSIBLE = 8
_DIVISION_UNDEFINED = 16
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OPERATION = 256
_FLOAT_OPERATION = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = (_CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE | _DIVISION_UNDEFINED | 32
                 | _INVALID_CONTEXT | _INVALID_OPERATION | 512)

# _decimal's signal_map: the signals in the order an exception is chosen and flags are listed.
_SIGNALS = [(InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOAT_OPERATION),
            (DivisionByZero, _DIVISION_BY_ZERO), (Overflow, _OVERFLOW), (Underflow, _UNDERFLOW),
            (Subnormal, _SUBNORMAL), (Inexact, _INEXACT), (Rounded, _ROUNDED),
            (Clamped, _CLAMPED)]
# _decimal's cond_map: the conditions of InvalidOperation, listed before the other signals.
_CONDITIONS = [(InvalidOperation, _INVALID_OPERATION), (ConversionSyntax, _CONVERSION_SYNTAX),
               (DivisionImpossible, _DIVISION_IMPOSSIBLE),
               (DivisionUndefined, _DIVISION_UNDEFINED), (InvalidContext, _INVALID_CONTEXT)]
# The order Context.__repr__ names flags and traps in (libmpdec's bit order).
_REPR_ORDER = [('Clamped', _CLAMPED), ('InvalidOperation', _IEEE_INVALID),
               ('DivisionByZero', _DIVISION_BY_ZERO), ('Inexact', _INEXACT),
               ('FloatOperation', _FLOAT_OPERATION), ('Overflow', _OVERFLOW),
               ('Rounded', _ROUNDED), ('Subnormal', _SUBNORMAL), ('Underflow', _UNDERFLOW)]


def _signal_bits(signal):
    for cls, bits in _SIGNALS:
        if signal is cls:
            return bits
    raise KeyError('invalid signal dict')


class _SignalDict:
    """A context's flags or traps: a mapping from the nine signals to booleans over a bit set."""

    def __init__(self, bits):
        self._bits = bits

    def __getitem__(self, signal):
        return (self._bits & _signal_bits(signal)) != 0

    def __setitem__(self, signal, value):
        bits = _signal_bits(signal)
        if value:
            self._bits |= bits
        else:
            self._bits &= ~bits

    def __delitem__(self, signal):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, signal):
        return any(signal is cls for cls, _ in _SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([cls for cls, _ in _SIGNALS])

    def keys(self):
        return [cls for cls, _ in _SIGNALS]

    def values(self):
        return [(self._bits & bits) != 0 for _, bits in _SIGNALS]

    def items(self):
        return [(cls, (self._bits & bits) != 0) for cls, bits in _SIGNALS]

    def get(self, signal, default=None):
        if signal in self:
            return self[signal]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits == other._bits
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        parts = []
        for cls, bits in _SIGNALS:
            parts.append("<class 'decimal.%s'>:%s" % (cls.__name__, (self._bits & bits) != 0))
        return '{' + ', '.join(parts) + '}'


def _bits_from(value):
    """The bit set of a flags or traps argument: a list of signals or a dict signal -> bool."""
    if isinstance(value, _SignalDict):
        return value._bits
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        bits = 0
        for cls, b in _SIGNALS:
            if cls not in value:
                raise KeyError('invalid signal dict')
            if value[cls]:
                bits |= b
        return bits
    bits = 0
    for signal in value:
        bits |= _signal_bits(signal)
    return bits


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits, flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        template = DefaultContext if DefaultContext is not None else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self.flags = _SignalDict(0)
        self.traps = _SignalDict(_IEEE_INVALID | _DIVISION_BY_ZERO | _OVERFLOW)
        if template is not None:
            self._prec = template._prec
            self._rounding = template._rounding
            self._Emin = template._Emin
            self._Emax = template._Emax
            self._capitals = template._capitals
            self._clamp = template._clamp
            self.traps = _SignalDict(template.traps._bits)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self.flags = _SignalDict(_bits_from(flags))
        if traps is not None:
            self.traps = _SignalDict(_bits_from(traps))

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        _check_int(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        _check_int(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        _check_int(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        _check_int(value)
        if value != 0 and value != 1:
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = int(value)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        _check_int(value)
        if value != 0 and value != 1:
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = int(value)

    def __setattr__(self, name, value):
        if name == 'flags' or name == 'traps':
            if not isinstance(value, _SignalDict):
                value = _SignalDict(_bits_from(value))
        elif name[0] != '_' and name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                                             'clamp'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def _signal(self, status):
        """Sets the flags of an operation's conditions and raises the first trapped one."""
        if not status:
            return
        self.flags._bits |= status
        trapped = status & self.traps._bits
        if trapped:
            conditions = [cls for cls, bits in _CONDITIONS if trapped & bits]
            conditions += [cls for cls, bits in _SIGNALS[1:] if trapped & bits]
            for cls, bits in _SIGNALS:
                if trapped & bits:
                    raise cls(conditions)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def copy(self):
        c = Context(self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                    self._clamp)
        c.flags = _SignalDict(self.flags._bits)
        c.traps = _SignalDict(self.traps._bits)
        return c

    def __copy__(self):
        return self.copy()

    def clear_flags(self):
        self.flags._bits = 0

    def clear_traps(self):
        self.traps._bits = 0

    def _names(self, bits):
        return '[' + ', '.join([name for name, b in _REPR_ORDER if bits & b]) + ']'

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self._prec, self._rounding, self._Emin, self._Emax,
                                         self._capitals, self._clamp,
                                         self._names(self.flags._bits),
                                         self._names(self.traps._bits)))

    def create_decimal(self, num='0'):
        if isinstance(num, str) and num.strip() != num:
            status = [_CONVERSION_SYNTAX]
            d = _nan_result(0, 0)
            self._signal(status[0])
            return d
        if isinstance(num, float):
            self._signal(_FLOAT_OPERATION)
        d = Decimal(num, self)
        status = [0]
        if d._kind >= 2:
            d = _fix_nan(d, self)
        elif d._kind == 0:
            d = _finish(d._sign, d._coef, d._exp, self, status)
        self._signal(status[0])
        return d

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    # The arithmetic of the context, as functions of Decimal operands.
    def abs(self, a):
        return _convert(a, True).__abs__(self)

    def add(self, a, b):
        return _convert(a, True).__add__(_convert(b, True), self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(_convert(b, True), self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(_convert(b, True), self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(_convert(b, True), self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(_convert(b, True), self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(_convert(b, True), self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(_convert(b, True), self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(_convert(b, True), modulo, self)

    def minus(self, a):
        return _convert(a, True).__neg__(self)

    def plus(self, a):
        return _convert(a, True).__pos__(self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, self)

    def max(self, a, b):
        return _convert(a, True).max(b, self)

    def min(self, a, b):
        return _convert(a, True).min(b, self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    def to_integral_exact(self, a):
        return _convert(a, True).to_integral_exact(context=self)

    def exp(self, a):
        return _convert(a, True).exp(context=self)

    def ln(self, a):
        return _convert(a, True).ln(context=self)

    def log10(self, a):
        return _convert(a, True).log10(context=self)

    def logb(self, a):
        return _convert(a, True).logb(context=self)

    def next_minus(self, a):
        return _convert(a, True).next_minus(context=self)

    def next_plus(self, a):
        return _convert(a, True).next_plus(context=self)

    def logical_invert(self, a):
        return _convert(a, True).logical_invert(context=self)

    def scaleb(self, a, b):
        return _convert(a, True).scaleb(b, context=self)

    def next_toward(self, a, b):
        return _convert(a, True).next_toward(b, context=self)

    def compare_signal(self, a, b):
        return _convert(a, True).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _convert(a, True).compare_total(b, context=self)

    def compare_total_mag(self, a, b):
        return _convert(a, True).compare_total_mag(b, context=self)

    def max_mag(self, a, b):
        return _convert(a, True).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _convert(a, True).min_mag(b, context=self)

    def remainder_near(self, a, b):
        return _convert(a, True).remainder_near(b, context=self)

    def rotate(self, a, b):
        return _convert(a, True).rotate(b, context=self)

    def shift(self, a, b):
        return _convert(a, True).shift(b, context=self)

    def logical_and(self, a, b):
        return _convert(a, True).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _convert(a, True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _convert(a, True).logical_xor(b, context=self)

    def fma(self, a, b, c):
        return _convert(a, True).fma(b, c, self)

    def copy_sign(self, a, b):
        return _convert(a, True).copy_sign(b)

    def copy_abs(self, a):
        return _convert(a, True).copy_abs()

    def copy_negate(self, a):
        return _convert(a, True).copy_negate()

    def is_finite(self, a):
        return _convert(a, True).is_finite()

    def is_infinite(self, a):
        return _convert(a, True).is_infinite()

    def is_nan(self, a):
        return _convert(a, True).is_nan()

    def is_signed(self, a):
        return _convert(a, True).is_signed()

    def is_zero(self, a):
        return _convert(a, True).is_zero()

    def is_normal(self, a):
        return _convert(a, True).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert(a, True).is_subnormal(context=self)

    def is_qnan(self, a):
        return _convert(a, True).is_qnan()

    def is_snan(self, a):
        return _convert(a, True).is_snan()

    def number_class(self, a):
        return _convert(a, True).number_class(context=self)

    def same_quantum(self, a, b):
        return _convert(a, True).same_quantum(b)

    def to_integral(self, a):
        return _convert(a, True).to_integral_value(context=self)

    def copy_decimal(self, a):
        return Decimal(_convert(a, True))

    def canonical(self, a):
        # C's _decimal takes only a Decimal here, with this message.
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a.canonical()

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a.is_canonical()

    def to_sci_string(self, a):
        return _convert(a, True).__str__(self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(self)


DefaultContext = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = None


def getcontext():
    """The current context (a copy of DefaultContext until one is set)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.flags._bits = 0
    _current = context


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current context) current."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key in kwargs:
        if key not in _LOCALCONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, kwargs[key])
    return _ContextManager(new)



# ---------------------------------------------------------------------------------------------
# Decimal numbers.

_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3

# The hash of numbers is taken modulo this prime (sys.hash_info.modulus on 64-bit builds).
_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


def _ndigits(c):
    return len(_digits(c)) if c else 1


def _make(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _nan_result(sign, payload):
    return _make(sign, payload, 0, _NAN)


def _invalid(status):
    status[0] |= _INVALID_OPERATION
    return _make(0, 0, 0, _NAN)


def _fix_nan(d, ctx):
    """A quiet NaN whose payload fits the context (its last prec - clamp digits)."""
    limit = ctx._prec - ctx._clamp
    coef = d._coef
    if _ndigits(coef) > limit:
        coef = coef % (10 ** limit) if limit > 0 else 0
    return _make(d._sign, coef, 0, _NAN)


def _round_away(sign, q, r, half_cmp, rounding):
    """Whether to add one to the kept digits q, given the dropped part (r nonzero or not, and
    half_cmp: its comparison with one half ulp)."""
    if rounding == ROUND_HALF_EVEN:
        return half_cmp > 0 or (half_cmp == 0 and q % 2 == 1)
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_HALF_UP:
        return half_cmp >= 0
    if rounding == ROUND_UP:
        return r
    if rounding == ROUND_HALF_DOWN:
        return half_cmp > 0
    if rounding == ROUND_CEILING:
        return r and sign == 0
    if rounding == ROUND_FLOOR:
        return r and sign == 1
    return r and q % 5 == 0  # ROUND_05UP


def _shift_round(sign, coef, drop, rounding):
    """coef with its last `drop` digits rounded away: (kept digits, whether anything nonzero
    was dropped)."""
    if drop <= 0:
        return coef * 10 ** (-drop), False
    if drop > _ndigits(coef) + 1:
        nonzero = coef != 0
        return (1 if _round_away(sign, 0, nonzero, -1 if nonzero else -2, rounding)
                else 0), nonzero
    q, r = divmod(coef, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    cmp = (r > half) - (r < half)
    if _round_away(sign, q, True, cmp, rounding):
        q += 1
    return q, True


def _overflow(sign, ctx, status):
    status[0] |= _OVERFLOW | _INEXACT | _ROUNDED
    rounding = ctx._rounding
    if (rounding == ROUND_HALF_UP or rounding == ROUND_HALF_EVEN or rounding == ROUND_HALF_DOWN
            or rounding == ROUND_UP or (rounding == ROUND_CEILING and sign == 0)
            or (rounding == ROUND_FLOOR and sign == 1)):
        return _make(sign, 0, 0, _INF)
    return _make(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _finish(sign, coef, exp, ctx, status):
    """The finite value sign * coef * 10**exp rounded to the context, with its conditions."""
    prec = ctx._prec
    etiny = ctx._Emin - prec + 1
    etop = ctx._Emax - prec + 1
    if coef == 0:
        top = etop if ctx._clamp else ctx._Emax
        e = exp
        if e < etiny:
            e = etiny
        if e > top:
            e = top
        if e != exp:
            status[0] |= _CLAMPED
        return _make(sign, 0, e)
    n = _ndigits(coef)
    if exp + n - 1 > ctx._Emax:
        return _overflow(sign, ctx, status)
    target = exp + n - prec
    subnormal = exp + n - 1 < ctx._Emin
    if target < etiny:
        target = etiny
    if exp < target:
        coef, inexact = _shift_round(sign, coef, target - exp, ctx._rounding)
        if _ndigits(coef) > prec:
            coef //= 10
            target += 1
        if target > etop:
            return _overflow(sign, ctx, status)
        status[0] |= _ROUNDED
        if inexact:
            status[0] |= _INEXACT
            if subnormal:
                status[0] |= _UNDERFLOW
        if subnormal:
            status[0] |= _SUBNORMAL
        if coef == 0:
            status[0] |= _CLAMPED
        return _make(sign, coef, target)
    if subnormal:
        status[0] |= _SUBNORMAL
    if ctx._clamp and exp > etop:
        status[0] |= _CLAMPED
        return _make(sign, coef * 10 ** (exp - etop), etop)
    return _make(sign, coef, exp)


def _nan_operands(a, b, ctx, status):
    """The result of an operation with a NaN operand (sNaN first, then the first NaN)."""
    if a._kind == _SNAN or (b is not None and b._kind == _SNAN):
        status[0] |= _INVALID_OPERATION
        return _fix_nan(a if a._kind == _SNAN else b, ctx)
    if a._kind == _NAN:
        return _fix_nan(a, ctx)
    if b is not None and b._kind == _NAN:
        return _fix_nan(b, ctx)
    return None


def _parse(text):
    """The Decimal a string spells, or None for a syntax error."""
    chars = []
    for ch in text:
        if ch == '_':
            continue
        if ch < '\x80':
            chars.append(ch)
        elif ch.isspace():
            chars.append(' ')
        elif ch.isdecimal():
            chars.append(str(int(ch)))
        else:
            return None
    s = ''.join(chars).strip()
    sign = 0
    if s[:1] == '-':
        sign = 1
        s = s[1:]
    elif s[:1] == '+':
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return _make(sign, 0, 0, _INF)
    kind = _FINITE
    if low[:3] == 'nan':
        kind = _NAN
        payload = s[3:]
    elif low[:4] == 'snan':
        kind = _SNAN
        payload = s[4:]
    if kind != _FINITE:
        if payload == '':
            return _make(sign, 0, 0, kind)
        if not (payload.isdigit() and payload.isascii()):
            return None
        return _make(sign, _from_digits(payload), 0, kind)
    mantissa = s
    exp = 0
    e_at = low.find('e')
    if e_at >= 0:
        mantissa = s[:e_at]
        exp_text = s[e_at + 1:]
        digits = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
        if digits == '' or not (digits.isdigit() and digits.isascii()):
            return None
        exp = _from_digits(exp_text)
    dot = mantissa.find('.')
    if dot >= 0:
        whole = mantissa[:dot]
        frac = mantissa[dot + 1:]
    else:
        whole = mantissa
        frac = ''
    digits = whole + frac
    if digits == '' or not (digits.isdigit() and digits.isascii()):
        return None
    return _make(sign, _from_digits(digits), exp - len(frac))


def _from_float(f):
    if f != f:
        return _make(1 if math.copysign(1.0, f) < 0 else 0, 0, 0, _NAN)
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f in (math.inf, -math.inf):
        return _make(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _make(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    kind = _FINITE
    if isinstance(exp, str):
        if exp == 'F':
            return _make(sign, 0, 0, _INF)
        if exp == 'n':
            kind = _NAN
        elif exp == 'N':
            kind = _SNAN
        else:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    if kind != _FINITE:
        return _make(sign, coef, 0, kind)
    return _make(sign, coef, exp)


def _convert(other, strict=False):
    """An int or Decimal operand as a Decimal; None for other types (TypeError when strict)."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _make(1 if other < 0 else 0, abs(int(other)), 0)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return None


# Types whose reflected operators never accept a Decimal: an operation with them fails at once,
# with the message naming the C type as CPython does.
_FOREIGN = (float, str, complex, list, tuple, dict, set, frozenset, bytes, type(None))


def _operand(self, other, symbol, reflected):
    d = _convert(other)
    if d is not None:
        return d
    if isinstance(other, _FOREIGN) or (type(other).__module__ == 'fractions'
                                       and type(other).__name__ == 'Fraction'):
        names = (type(other).__name__, 'decimal.Decimal') if reflected else (
            'decimal.Decimal', type(other).__name__)
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (symbol, names[0], names[1]))
    return None


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent')


def _add(a, b, ctx, negate_b):
    status = [0]
    result = _nan_operands(a, b, ctx, status)
    if result is None:
        bsign = b._sign ^ 1 if negate_b else b._sign
        if a._kind == _INF or b._kind == _INF:
            if a._kind == _INF and b._kind == _INF and a._sign != bsign:
                result = _invalid(status)
            else:
                result = _make(a._sign if a._kind == _INF else bsign, 0, 0, _INF)
        else:
            exp = min(a._exp, b._exp)
            if a._coef == 0 and b._coef == 0:
                if a._sign == bsign:
                    sign = a._sign
                else:
                    sign = 1 if ctx._rounding == ROUND_FLOOR else 0
                result = _finish(sign, 0, exp, ctx, status)
            elif a._coef == 0 or b._coef == 0:
                x = b if a._coef == 0 else a
                xsign = bsign if a._coef == 0 else a._sign
                exp = max(exp, x._exp - ctx._prec - 1)
                result = _finish(xsign, x._coef * 10 ** (x._exp - exp), exp, ctx, status)
            else:
                asign, acoef, aexp = a._sign, a._coef, a._exp
                bcoef, bexp = b._coef, b._exp
                # An operand far below the other's last kept digit only acts as a sticky digit.
                if aexp >= bexp:
                    floor = aexp + min(-1, _ndigits(acoef) - ctx._prec - 2)
                    if bexp + _ndigits(bcoef) - 1 < floor:
                        bcoef, bexp = 1, floor
                else:
                    floor = bexp + min(-1, _ndigits(bcoef) - ctx._prec - 2)
                    if aexp + _ndigits(acoef) - 1 < floor:
                        acoef, aexp = 1, floor
                exp = min(aexp, bexp)
                x = acoef * 10 ** (aexp - exp)
                y = bcoef * 10 ** (bexp - exp)
                total = (-x if asign else x) + (-y if bsign else y)
                if total == 0:
                    sign = 1 if ctx._rounding == ROUND_FLOOR else 0
                else:
                    sign = 1 if total < 0 else 0
                result = _finish(sign, abs(total), exp, ctx, status)
    ctx._signal(status[0])
    return result


def _multiply(a, b, ctx):
    status = [0]
    result = _nan_operands(a, b, ctx, status)
    if result is None:
        sign = a._sign ^ b._sign
        if a._kind == _INF or b._kind == _INF:
            if (a._kind == _FINITE and a._coef == 0) or (b._kind == _FINITE and b._coef == 0):
                result = _invalid(status)
            else:
                result = _make(sign, 0, 0, _INF)
        else:
            result = _finish(sign, a._coef * b._coef, a._exp + b._exp, ctx, status)
    ctx._signal(status[0])
    return result


def _divide(a, b, ctx):
    status = [0]
    result = _nan_operands(a, b, ctx, status)
    if result is None:
        sign = a._sign ^ b._sign
        if a._kind == _INF:
            result = _invalid(status) if b._kind == _INF else _make(sign, 0, 0, _INF)
        elif b._kind == _INF:
            status[0] |= _CLAMPED
            result = _make(sign, 0, ctx._Emin - ctx._prec + 1)
        elif b._coef == 0:
            if a._coef == 0:
                status[0] |= _DIVISION_UNDEFINED
                result = _make(0, 0, 0, _NAN)
            else:
                status[0] |= _DIVISION_BY_ZERO
                result = _make(sign, 0, 0, _INF)
        elif a._coef == 0:
            result = _finish(sign, 0, a._exp - b._exp, ctx, status)
        else:
            ideal = a._exp - b._exp
            shift = _ndigits(b._coef) - _ndigits(a._coef) + ctx._prec + 1
            exp = ideal - shift
            if shift >= 0:
                q, r = divmod(a._coef * 10 ** shift, b._coef)
            else:
                q, r = divmod(a._coef, b._coef * 10 ** (-shift))
            if r:
                if q % 5 == 0:
                    q += 1
            else:
                while exp < ideal and q % 10 == 0:
                    q //= 10
                    exp += 1
            result = _finish(sign, q, exp, ctx, status)
    ctx._signal(status[0])
    return result


def _divide_integer(a, b, ctx, qstatus, rstatus):
    """(a // b, a % b) of finite operands with b nonzero; None when the quotient is too long."""
    sign = a._sign ^ b._sign
    ideal = min(a._exp, b._exp)
    if a._coef == 0 or a.adjusted() - b.adjusted() <= -2:
        return (_finish(sign, 0, 0, ctx, qstatus),
                _finish(a._sign, a._coef * 10 ** (a._exp - ideal), ideal, ctx, rstatus))
    if a.adjusted() - b.adjusted() <= ctx._prec:
        x = a._coef * 10 ** (a._exp - ideal)
        y = b._coef * 10 ** (b._exp - ideal)
        q, r = divmod(x, y)
        if q < 10 ** ctx._prec:
            return _finish(sign, q, 0, ctx, qstatus), _finish(a._sign, r, ideal, ctx, rstatus)
    qstatus[0] |= _DIVISION_IMPOSSIBLE
    return None


def _divmod(a, b, ctx, want):
    """want: 0 for //, 1 for %, 2 for divmod."""
    status = [0]
    result = _nan_operands(a, b, ctx, status)
    if result is not None:
        pair = (result, result)
    else:
        sign = a._sign ^ b._sign
        if a._kind == _INF:
            if b._kind == _INF:
                nan = _invalid(status)
                pair = (nan, nan)
            else:
                status[0] |= _INVALID_OPERATION if want != 0 else 0
                pair = (_make(sign, 0, 0, _INF), _make(0, 0, 0, _NAN))
        elif b._kind == _INF:
            qstatus = [0]
            rstatus = [0]
            pair = (_make(sign, 0, 0), _finish(a._sign, a._coef, a._exp, ctx, rstatus))
            status[0] |= (qstatus[0] if want != 1 else 0) | (rstatus[0] if want != 0 else 0)
        elif b._coef == 0:
            if a._coef == 0:
                status[0] |= _DIVISION_UNDEFINED
                nan = _make(0, 0, 0, _NAN)
                pair = (nan, nan)
            else:
                if want == 0:
                    status[0] |= _DIVISION_BY_ZERO
                elif want == 1:
                    status[0] |= _INVALID_OPERATION
                else:
                    status[0] |= _DIVISION_BY_ZERO | _INVALID_OPERATION
                pair = (_make(sign, 0, 0, _INF), _make(0, 0, 0, _NAN))
        else:
            qstatus = [0]
            rstatus = [0]
            pair = _divide_integer(a, b, ctx, qstatus, rstatus)
            if pair is None:
                nan = _make(0, 0, 0, _NAN)
                pair = (nan, nan)
                status[0] |= qstatus[0]
            else:
                status[0] |= (qstatus[0] if want != 1 else 0) | (rstatus[0] if want != 0 else 0)
    ctx._signal(status[0])
    if want == 2:
        return pair
    return pair[want]


def _compare_values(a, b):
    """-1, 0 or 1 for finite or infinite (not NaN) a and b."""
    if a._kind == _INF or b._kind == _INF:
        av = 0 if a._kind != _INF else (-1 if a._sign else 1)
        bv = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if av != bv:
            return -1 if av < bv else 1
        if av != 0:
            return 0
        # one side infinite, the other finite: av or bv is zero here
    az = a._kind == _FINITE and a._coef == 0
    bz = b._kind == _FINITE and b._coef == 0
    if a._kind == _INF:
        return -1 if a._sign else 1
    if b._kind == _INF:
        return 1 if b._sign else -1
    if az or bz:
        if az and bz:
            return 0
        if az:
            return 1 if b._sign else -1
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aadj = a._exp + _ndigits(a._coef)
    badj = b._exp + _ndigits(b._coef)
    if aadj != badj:
        return s if aadj > badj else -s
    exp = min(a._exp, b._exp)
    x = a._coef * 10 ** (a._exp - exp)
    y = b._coef * 10 ** (b._exp - exp)
    if x == y:
        return 0
    return s if x > y else -s


def _rational_parts(other):
    """(numerator, denominator) of a Fraction, or None for other objects."""
    if type(other).__module__ == 'fractions' and type(other).__name__ == 'Fraction':
        return other.numerator, other.denominator
    return None


def _integral_power(a, n, ctx, status):
    """a ** n for finite nonzero a and an integer n: for n > 0 the exact value rounded first to
    libmpdec's working precision (half even), then to the context; for n < 0 libmpdec's
    stepwise powers of 1 / a."""
    sign = a._sign if n % 2 == 1 else 0
    coef, exp = a._coef, a._exp
    zeros = 0
    while coef % 10 == 0:
        coef //= 10
        zeros += 1
    core_exp = (exp + zeros) * n
    m = abs(n)
    if coef == 1 and exp + zeros == 0:
        # |a| == 1 (libmpdec's _qcheck_pow_one): 1 for n < 0, else 1 with n times a's zeros
        # (at most prec - 1), neither rounded nor clamped by the context
        if n < 0:
            return _make(sign, 1, 0)
        shift = n * zeros
        if shift > ctx._prec - 1:
            shift = ctx._prec - 1
            status[0] |= _ROUNDED
        return _make(sign, 10 ** shift, -shift)
    if n == 1:
        return _finish(sign, a._coef, a._exp, ctx, status)
    work = _exact_context(ctx)
    work._prec = ctx._prec + len(str(m)) + 2
    work._Emin = ctx._Emin
    work._Emax = ctx._Emax
    if n < 0:
        return _stepwise_power(a, n, sign, work, ctx, status)
    log = math.log10(coef) + exp + zeros
    magnitude = m * log
    if magnitude > ctx._Emax + 2:
        return _finish(sign, 1, ctx._Emax + 10, ctx, status)
    if magnitude < ctx._Emin - work._prec - 3:
        return _two_roundings(sign, 1, ctx._Emin - work._prec - 10, work, ctx, status)
    if m * math.log10(coef) > 20000:
        return _stepwise_power(a, n, sign, work, ctx, status)
    core = coef ** m
    pad = exp * n - core_exp
    if pad < 0:
        limit = work._prec + 1 - _ndigits(core)
        if -pad > limit:
            pad = -max(limit, 0)
        core *= 10 ** (-pad)
        core_exp += pad
    return _two_roundings(sign, core, core_exp, work, ctx, status)


def _stepwise_power(a, n, sign, work, ctx, status):
    """libmpdec's a ** n (_mpd_qpow_int): square-and-multiply, each product rounded half even
    to the working precision (one digit more, of 1 / a, for a negative n), then rounded to the
    context. Used where the exact power would be too long to compute."""
    work = work.copy()
    work._clamp = 0
    step = [0]
    base = a
    if n < 0:
        work._prec += 1
        base = _divide_status(_make(0, 1, 0), a, work, step)
    m = abs(n)
    result = _make(0, base._coef, base._exp, base._kind)
    for bit in bin(m)[3:]:
        if result._kind != _FINITE:
            break
        result = _finish(0, result._coef * result._coef, 2 * result._exp, work, step)
        if bit == '1' and result._kind == _FINITE:
            result = _finish(0, result._coef * base._coef, result._exp + base._exp, work, step)
        if result._kind != _FINITE or (result._coef == 0 and step[0] & _CLAMPED):
            break
    status[0] |= step[0]
    if result._kind == _INF:
        return _finish(sign, 1, MAX_EMAX * 10, ctx, status)
    return _finish(sign, result._coef, result._exp, ctx, status)


def _divide_status(a, b, ctx, status):
    """a / b in ctx (finite nonzero operands), its conditions added to status."""
    quiet = ctx.copy()
    quiet.clear_flags()
    result = _divide(a, b, quiet)
    status[0] |= _bits_from(quiet.flags)
    return result


def _two_roundings(sign, coef, exp, work, ctx, status):
    first = _finish(sign, coef, exp, work, status)
    if first._kind != _FINITE:
        return _finish(sign, 1, ctx._Emax + 10, ctx, status)
    return _finish(first._sign, first._coef, first._exp, ctx, status)


def _exact_context(ctx):
    """A trap-free context with unbounded exponents, for exact intermediate steps."""
    work = Context(prec=ctx._prec, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX,
                   traps=[])
    return work


def _to_int(d, rounding):
    if d._kind == _INF:
        raise OverflowError('cannot convert Infinity to integer')
    if d._kind != _FINITE:
        raise ValueError('cannot convert NaN to integer')
    if d._exp >= 0:
        value = d._coef * 10 ** d._exp
    else:
        value, _ = _shift_round(d._sign, d._coef, -d._exp, rounding)
    return -value if d._sign else value


def _sci_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._kind == _INF:
        return sign + 'Infinity'
    if d._kind != _FINITE:
        return sign + ('NaN' if d._kind == _NAN else 'sNaN') + (_digits(d._coef) if d._coef else '')
    digits = _digits(d._coef)
    left = d._exp + len(digits)
    if d._exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._coef == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        text = '0.' + '0' * (-dot) + digits
    elif dot >= len(digits):
        text = digits + '0' * (dot - len(digits))
    else:
        text = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        text += ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + text


class Decimal:
    """A decimal floating-point number."""

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            d = value
        elif isinstance(value, str):
            d = _parse(value)
            if d is None:
                ctx = _ctx(context)
                ctx._signal(_CONVERSION_SYNTAX)
                d = _make(0, 0, 0, _NAN)
        elif isinstance(value, int):
            d = _make(1 if value < 0 else 0, abs(int(value)), 0)
        elif isinstance(value, float):
            _ctx(context)._signal(_FLOAT_OPERATION)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal:
            return d
        self = object.__new__(cls)
        self._sign = d._sign
        self._coef = d._coef
        self._exp = d._exp
        self._kind = d._kind
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _make(1 if f < 0 else 0, abs(int(f)), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- representation

    def __str__(self, context=None):
        return _sci_string(self, False, _ctx(context)._capitals)

    def to_eng_string(self, context=None):
        return _sci_string(self, True, _ctx(context)._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _sci_string(self, False, getcontext()._capitals)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec, getcontext())

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, _digits(self._coef))) if self._coef else ((0,) if self._kind == _FINITE else ())
        if self._kind == _NAN:
            return DecimalTuple(self._sign, digits, 'n')
        if self._kind == _SNAN:
            return DecimalTuple(self._sign, digits, 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._coef if self._sign else self._coef
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** (-self._exp)
        g = math.gcd(n, d)
        return n // g, d // g

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    # -- predicates

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._coef == 0

    def is_normal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        return self._kind == _FINITE and self._coef != 0 and self.adjusted() < ctx._Emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _NAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._coef == 0:
            return sign + 'Zero'
        if self.adjusted() < ctx._Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    # -- copies without rounding

    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _make(self._sign ^ 1, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _make(other._sign, self._coef, self._exp, self._kind)

    def canonical(self):
        return self

    def conjugate(self):
        return self

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- unary operations

    def _unary(self, context, sign):
        ctx = _ctx(context)
        status = [0]
        result = _nan_operands(self, None, ctx, status)
        if result is None:
            if self._kind == _INF:
                result = _make(sign, 0, 0, _INF)
            else:
                if self._coef == 0 and sign == 1 and ctx._rounding != ROUND_FLOOR:
                    sign = 0
                result = _finish(sign, self._coef, self._exp, ctx, status)
        ctx._signal(status[0])
        return result

    def __neg__(self, context=None):
        return self._unary(context, self._sign ^ 1)

    def __pos__(self, context=None):
        return self._unary(context, self._sign)

    def __abs__(self, context=None):
        return self._unary(context, 0)

    # -- binary arithmetic

    def __add__(self, other, context=None):
        other = _operand(self, other, '+', False)
        if other is None:
            return NotImplemented
        return _add(self, other, _ctx(context), False)

    def __radd__(self, other, context=None):
        other = _operand(self, other, '+', True)
        if other is None:
            return NotImplemented
        return _add(other, self, _ctx(context), False)

    def __sub__(self, other, context=None):
        other = _operand(self, other, '-', False)
        if other is None:
            return NotImplemented
        return _add(self, other, _ctx(context), True)

    def __rsub__(self, other, context=None):
        other = _operand(self, other, '-', True)
        if other is None:
            return NotImplemented
        return _add(other, self, _ctx(context), True)

    def __mul__(self, other, context=None):
        other = _operand(self, other, '*', False)
        if other is None:
            return NotImplemented
        return _multiply(self, other, _ctx(context))

    def __rmul__(self, other, context=None):
        other = _operand(self, other, '*', True)
        if other is None:
            return NotImplemented
        return _multiply(other, self, _ctx(context))

    def __truediv__(self, other, context=None):
        other = _operand(self, other, '/', False)
        if other is None:
            return NotImplemented
        return _divide(self, other, _ctx(context))

    def __rtruediv__(self, other, context=None):
        other = _operand(self, other, '/', True)
        if other is None:
            return NotImplemented
        return _divide(other, self, _ctx(context))

    def __floordiv__(self, other, context=None):
        other = _operand(self, other, '//', False)
        if other is None:
            return NotImplemented
        return _divmod(self, other, _ctx(context), 0)

    def __rfloordiv__(self, other, context=None):
        other = _operand(self, other, '//', True)
        if other is None:
            return NotImplemented
        return _divmod(other, self, _ctx(context), 0)

    def __mod__(self, other, context=None):
        other = _operand(self, other, '%', False)
        if other is None:
            return NotImplemented
        return _divmod(self, other, _ctx(context), 1)

    def __rmod__(self, other, context=None):
        other = _operand(self, other, '%', True)
        if other is None:
            return NotImplemented
        return _divmod(other, self, _ctx(context), 1)

    def __divmod__(self, other, context=None):
        other = _operand(self, other, 'divmod()', False)
        if other is None:
            return NotImplemented
        return _divmod(self, other, _ctx(context), 2)

    def __rdivmod__(self, other, context=None):
        other = _operand(self, other, 'divmod()', True)
        if other is None:
            return NotImplemented
        return _divmod(other, self, _ctx(context), 2)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(self, other, '** or pow()', False)
        if other is None:
            return NotImplemented
        if modulo is not None:
            modulo = _operand(self, modulo, '** or pow()', False)
            if modulo is None:
                return NotImplemented
            return _power_modulo(self, other, modulo, _ctx(context))
        return _power(self, other, _ctx(context))

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(self, other, '** or pow()', True)
        if other is None:
            return NotImplemented
        if modulo is not None:
            modulo = _operand(self, modulo, '** or pow()', False)
            if modulo is None:
                return NotImplemented
            return _power_modulo(other, self, modulo, _ctx(context))
        return _power(other, self, _ctx(context))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        third = _convert(third, True)
        status = [0]
        result = _nan_operands(self, other, ctx, status)
        if result is None and (self._kind == _INF or other._kind == _INF):
            product = _multiply(self, other, _exact_context(ctx))
            if product._kind == _NAN:
                result = _invalid(status)
            else:
                ctx._signal(status[0])
                return _add(product, third, ctx, False)
        if result is None:
            if third._kind >= _NAN:
                result = _nan_operands(third, None, ctx, status)
            else:
                product = _make(self._sign ^ other._sign, self._coef * other._coef,
                                self._exp + other._exp)
                ctx._signal(status[0])
                return _add(product, third, ctx, False)
        elif third._kind == _SNAN:
            status[0] |= _INVALID_OPERATION
            if self._kind != _SNAN and other._kind != _SNAN:
                result = _fix_nan(third, ctx)
        ctx._signal(status[0])
        return result

    # -- comparisons

    def _compare_operand(self, other, ordering):
        """other as a Decimal for a comparison (a Fraction as (num, den)), or None."""
        if isinstance(other, (Decimal, int)):
            return _convert(other)
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._signal(_FLOAT_OPERATION)
            else:
                ctx.flags._bits |= _FLOAT_OPERATION
            return _from_float(other)
        if isinstance(other, complex) and not ordering and other.imag == 0:
            getcontext().flags._bits |= _FLOAT_OPERATION
            return _from_float(other.real)
        return None

    def _cmp(self, other, ordering):
        """-1/0/1, 2 for unordered (NaN), or None when other is not a number we compare."""
        parts = _rational_parts(other)
        if parts is not None:
            if self._kind >= _NAN:
                d = None
            else:
                num, den = parts
                if self._kind == _INF:
                    return -1 if self._sign else 1
                left = _make(self._sign, self._coef * den, self._exp)
                right = _make(1 if num < 0 else 0, abs(num), 0)
                if self._exp < 0:
                    right = _make(right._sign, right._coef * 10 ** (-self._exp), 0)
                    left = _make(left._sign, left._coef, 0)
                return _compare_values(left, right)
        else:
            d = self._compare_operand(other, ordering)
            if d is None:
                return None
        if self._kind >= _NAN or (d is not None and d._kind >= _NAN):
            if ordering or self._kind == _SNAN or (d is not None and d._kind == _SNAN):
                getcontext()._signal(_INVALID_OPERATION)
            return 2
        return _compare_values(self, d)

    def __eq__(self, other):
        c = self._cmp(other, False)
        if c is None:
            return NotImplemented
        return c == 0

    def __ne__(self, other):
        c = self._cmp(other, False)
        if c is None:
            return NotImplemented
        return c != 0

    def __lt__(self, other):
        c = self._cmp(other, True)
        if c is None:
            return NotImplemented
        return c == -1

    def __le__(self, other):
        c = self._cmp(other, True)
        if c is None:
            return NotImplemented
        return c == -1 or c == 0

    def __gt__(self, other):
        c = self._cmp(other, True)
        if c is None:
            return NotImplemented
        return c == 1

    def __ge__(self, other):
        c = self._cmp(other, True)
        if c is None:
            return NotImplemented
        return c == 1 or c == 0

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        status = [0]
        result = _nan_operands(self, other, ctx, status)
        if result is None:
            c = _compare_values(self, other)
            result = _make(1 if c < 0 else 0, abs(c), 0)
        ctx._signal(status[0])
        return result

    def _minmax(self, other, context, want_max):
        ctx = _ctx(context)
        other = _convert(other, True)
        status = [0]
        if self._kind == _SNAN or other._kind == _SNAN or (self._kind == _NAN
                                                              and other._kind == _NAN):
            result = _nan_operands(self, other, ctx, status)
        elif self._kind == _NAN:
            result = _finish_any(other, ctx, status)
        elif other._kind == _NAN:
            result = _finish_any(self, ctx, status)
        else:
            c = _compare_values(self, other)
            if c == 0:
                # equal values: the sign, then the exponent decide (total ordering)
                if self._sign != other._sign:
                    c = -1 if self._sign else 1
                elif self._exp != other._exp:
                    c = -1 if (self._exp < other._exp) != (self._sign == 1) else 1
            pick = self if (c >= 0) == want_max else other
            if c == 0:
                pick = self
            result = _finish_any(pick, ctx, status)
        ctx._signal(status[0])
        return result

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    # -- hashing and conversions

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value.')
        if self._kind == _NAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        h = self._coef * exp_hash % _PyHASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __int__(self):
        return _to_int(self, ROUND_DOWN)

    def __trunc__(self):
        return _to_int(self, ROUND_DOWN)

    def __floor__(self):
        return _to_int(self, ROUND_FLOOR)

    def __ceil__(self):
        return _to_int(self, ROUND_CEILING)

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _NAN:
            return -math.nan if self._sign else math.nan
        if self._kind == _INF:
            return -math.inf if self._sign else math.inf
        return float(_sci_string(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is None:
            return _to_int(self, ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_make(0, 1, -n))

    # -- rounding to an exponent

    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _convert(exp, True)
        if rounding is None:
            rounding = ctx._rounding
        status = [0]
        result = _nan_operands(self, exp, ctx, status)
        if result is None:
            result = _quantize(self, exp._exp, exp._kind, rounding, ctx, status)
        ctx._signal(status[0])
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._kind != _FINITE or other._kind != _FINITE:
            return (self._kind >= _NAN and other._kind >= _NAN) or (
                self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    def _to_integral(self, rounding, context, exact):
        ctx = _ctx(context)
        if rounding is None:
            rounding = ctx._rounding
        status = [0]
        result = _nan_operands(self, None, ctx, status)
        if result is None:
            if self._kind == _INF or self._exp >= 0:
                result = self
            elif self._coef == 0:
                result = _make(self._sign, 0, 0)
            else:
                coef, inexact = _shift_round(self._sign, self._coef, -self._exp, rounding)
                result = _make(self._sign, coef, 0)
                if exact:
                    status[0] |= _ROUNDED | (_INEXACT if inexact else 0)
        ctx._signal(status[0])
        return result

    def to_integral_value(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    def to_integral(self, rounding=None, context=None):
        return self._to_integral(rounding, context, False)

    def to_integral_exact(self, rounding=None, context=None):
        return self._to_integral(rounding, context, True)

    def normalize(self, context=None):
        ctx = _ctx(context)
        status = [0]
        result = _nan_operands(self, None, ctx, status)
        if result is None:
            if self._kind == _INF:
                result = self
            else:
                result = _finish(self._sign, self._coef, self._exp, ctx, status)
                if result._kind != _FINITE:
                    pass
                elif result._coef == 0:
                    result = _make(result._sign, 0, 0)
                elif result._kind == _FINITE:
                    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
                    coef, exp = result._coef, result._exp
                    while exp < top and coef % 10 == 0:
                        coef //= 10
                        exp += 1
                    result = _make(result._sign, coef, exp)
        ctx._signal(status[0])
        return result

    def sqrt(self, context=None):
        ctx = _ctx(context)
        status = [0]
        result = _nan_operands(self, None, ctx, status)
        if result is None:
            if self._sign and not (self._kind == _FINITE and self._coef == 0):
                result = _invalid(status)
            elif self._kind == _INF:
                result = self
            elif self._coef == 0:
                result = _finish(self._sign, 0, self._exp // 2, ctx, status)
            else:
                result = _sqrt(self, ctx, status)
        ctx._signal(status[0])
        return result

    # -- exponential and logarithms (correctly rounded, half even, as libmpdec)

    def exp(self, context=None):
        return _unary(self, context, _exp)

    def ln(self, context=None):
        return _unary(self, context, _ln)

    def log10(self, context=None):
        return _unary(self, context, _log10)

    def logb(self, context=None):
        ctx = _ctx(context)
        status = [0]
        result = _nan_operands(self, None, ctx, status)
        if result is None:
            if self._kind == _INF:
                result = _make(0, 0, 0, _INF)
            elif self._coef == 0:
                status[0] |= _DIVISION_BY_ZERO
                result = _make(1, 0, 0, _INF)
            else:
                adj = self.adjusted()
                result = _finish(1 if adj < 0 else 0, abs(adj), 0, ctx, status)
        ctx._signal(status[0])
        return result

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        status = [0]
        result = _nan_operands(self, other, ctx, status)
        if result is None:
            limit = 2 * (ctx._Emax + ctx._prec)
            if other._kind != _FINITE or other._exp != 0 or other._coef > limit:
                result = _invalid(status)
            elif self._kind == _INF:
                result = self
            else:
                n = -other._coef if other._sign else other._coef
                result = _finish(self._sign, self._coef, self._exp + n, ctx, status)
        ctx._signal(status[0])
        return result

    # -- neighbours

    def next_minus(self, context=None):
        return _unary(self, context, lambda a, ctx, status: _next(a, ctx, status, 1))

    def next_plus(self, context=None):
        return _unary(self, context, lambda a, ctx, status: _next(a, ctx, status, 0))

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        status = [0]
        result = _nan_operands(self, other, ctx, status)
        if result is None:
            c = _compare_values(self, other)
            if c == 0:
                result = _make(other._sign, self._coef, self._exp, self._kind)
            else:
                result = _next(self, ctx, status, 1 if c > 0 else 0)
                if result._kind == _INF:
                    status[0] |= _OVERFLOW | _INEXACT | _ROUNDED
                elif result._kind == _FINITE and result.adjusted() < ctx._Emin:
                    status[0] |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
                    if result._coef == 0:
                        status[0] |= _CLAMPED
        ctx._signal(status[0])
        return result

    # -- total ordering, magnitudes, remainder to nearest

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        if self._kind >= _NAN or other._kind >= _NAN:
            # any NaN is invalid here, a signalling one first
            status = [_INVALID_OPERATION]
            if self._kind == _SNAN or (other._kind != _SNAN and self._kind == _NAN):
                result = _fix_nan(self, ctx)
            else:
                result = _fix_nan(other, ctx)
            ctx._signal(status[0])
            return result
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        c = _total_order(self, _convert(other, True))
        return _make(1 if c < 0 else 0, abs(c), 0)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def max_mag(self, other, context=None):
        return _minmax_mag(self, other, context, True)

    def min_mag(self, other, context=None):
        return _minmax_mag(self, other, context, False)

    def remainder_near(self, other, context=None):
        ctx = _ctx(context)
        other = _convert(other, True)
        status = [0]
        result = _nan_operands(self, other, ctx, status)
        if result is None:
            result = _remainder_near(self, other, ctx, status)
        ctx._signal(status[0])
        return result

    # -- digit-wise operations

    def rotate(self, other, context=None):
        return _digit_shift(self, other, context, True)

    def shift(self, other, context=None):
        return _digit_shift(self, other, context, False)

    def logical_and(self, other, context=None):
        return _logical(self, other, context, lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return _logical(self, other, context, lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return _logical(self, other, context, lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return _logical(self, _make(0, _from_digits('1' * ctx._prec), 0), ctx, lambda x, y: x ^ y)


def _finish_any(d, ctx, status):
    if d._kind == _FINITE:
        return _finish(d._sign, d._coef, d._exp, ctx, status)
    if d._kind >= _NAN:
        return _fix_nan(d, ctx)
    return d


def _quantize(a, exp, exp_kind, rounding, ctx, status):
    if a._kind == _INF or exp_kind == _INF:
        if a._kind == _INF and exp_kind == _INF:
            return a
        return _invalid(status)
    if exp > ctx._Emax or exp < ctx._Emin - ctx._prec + 1:
        return _invalid(status)
    if a._coef == 0:
        return _finish(a._sign, 0, exp, ctx, status)
    shift = a._exp - exp
    if shift >= 0:
        if _ndigits(a._coef) + shift > ctx._prec:
            return _invalid(status)
        coef = a._coef * 10 ** shift
        extra = 0
    else:
        coef, inexact = _shift_round(a._sign, a._coef, -shift, rounding)
        if _ndigits(coef) > ctx._prec:
            return _invalid(status)
        extra = _ROUNDED | (_INEXACT if inexact else 0)
    adjusted = exp + _ndigits(coef) - 1
    if adjusted > ctx._Emax or adjusted < ctx._Emin - ctx._prec + 1:
        return _invalid(status)
    status[0] |= extra
    return _finish(a._sign, coef, exp, ctx, status)


def _sqrt(a, ctx, status):
    coef, exp = a._coef, a._exp
    ideal = exp // 2
    if exp % 2:
        coef *= 10
        exp -= 1
    n = _ndigits(coef)
    s = max(0, ctx._prec + 2 - (n + 1) // 2)
    scaled = coef * 10 ** (2 * s)
    root = math.isqrt(scaled)
    rexp = exp // 2 - s
    if root * root == scaled:
        while rexp < ideal and root % 10 == 0:
            root //= 10
            rexp += 1
    else:
        root = root * 10 + 1
        rexp -= 1
    work = ctx.copy()
    work._rounding = ROUND_HALF_EVEN
    return _finish(0, root, rexp, work, status)


def _unary(a, context, operation):
    """A one-operand operation: NaNs first, then operation(a, ctx, status), flags signalled once."""
    ctx = _ctx(context)
    status = [0]
    result = _nan_operands(a, None, ctx, status)
    if result is None:
        result = operation(a, ctx, status)
    ctx._signal(status[0])
    return result


def _half_even(ctx):
    work = ctx.copy()
    work._rounding = ROUND_HALF_EVEN
    return work


def _roundable(coeff, p):
    """Whether an approximation with an error below one unit in its last digit rounds to p
    digits the same way whatever that error is (not within one unit of a half-way point)."""
    return coeff % (5 * 10 ** (_ndigits(abs(coeff)) - p - 1)) != 0


def _exp(a, ctx, status):
    if a._kind == _INF:
        return _make(0, 0, 0) if a._sign else a
    if a._coef == 0:
        return _make(0, 1, 0)
    p = ctx._prec
    adj = a.adjusted()
    etiny = ctx._Emin - p + 1
    # outside this range the result overflows, underflows or rounds to 1 (one digit beyond
    # the precision lets the final rounding set the right conditions)
    if a._sign == 0 and adj > len(str((ctx._Emax + 1) * 3)):
        coef, exp = 1, ctx._Emax + 1
    elif a._sign == 1 and adj > len(str((-etiny + 1) * 3)):
        coef, exp = 1, etiny - 1
    elif a._sign == 0 and adj < -p:
        coef, exp = 10 ** p + 1, -p
    elif a._sign == 1 and adj < -p - 1:
        coef, exp = 10 ** (p + 1) - 1, -p - 1
    else:
        c = -a._coef if a._sign else a._coef
        extra = 3
        while True:
            coef, exp = _decimal_math.dexp(c, a._exp, p + extra)
            if _roundable(coef, p):
                break
            extra += 3
    return _finish(0, coef, exp, _half_even(ctx), status)


def _ln_exp_bound(a):
    """r with |ln(a)| >= 10**r, for finite positive a != 1."""
    adj = a.adjusted()
    if adj >= 1:
        return len(str(adj * 23 // 10)) - 1
    if adj <= -2:
        return len(str((-1 - adj) * 23 // 10)) - 1
    c, e = a._coef, a._exp
    if adj == 0:
        num = _digits(c - 10 ** -e)
        den = _digits(c)
        return len(num) - len(den) - (num < den)
    return e + len(_digits(10 ** -e - c)) - 1


def _log10_exp_bound(a):
    """r with |log10(a)| >= 10**r, for finite positive a != 1."""
    adj = a.adjusted()
    if adj >= 1:
        return len(str(adj)) - 1
    if adj <= -2:
        return len(str(-1 - adj)) - 1
    c, e = a._coef, a._exp
    if adj == 0:
        num = _digits(c - 10 ** -e)
        den = _digits(231 * c)
        return len(num) - len(den) - (num < den) + 2
    num = _digits(10 ** -e - c)
    return len(num) + e - (num < '231') - 1


def _is_one(a):
    return a._kind == _FINITE and a._sign == 0 and _compare_values(a, _make(0, 1, 0)) == 0


def _logarithm(a, ctx, status, kernel, bound):
    if a._kind == _FINITE and a._coef == 0:
        return _make(1, 0, 0, _INF)
    if a._sign:
        return _invalid(status)
    if a._kind == _INF:
        return a
    if _is_one(a):
        return _make(0, 0, 0)
    p = ctx._prec
    places = p - bound(a) + 2
    while True:
        coeff = kernel(a._coef, a._exp, places)
        if _roundable(coeff, p):
            break
        places += 3
    return _finish(1 if coeff < 0 else 0, abs(coeff), -places, _half_even(ctx), status)


def _ln(a, ctx, status):
    return _logarithm(a, ctx, status, _decimal_math.dlog, _ln_exp_bound)


def _log10(a, ctx, status):
    if (a._kind == _FINITE and a._sign == 0 and a._coef != 0
            and _digits(a._coef).rstrip('0') == '1'):
        # log10(10**n) is the integer n
        adj = a.adjusted()
        return _finish(1 if adj < 0 else 0, abs(adj), 0, _half_even(ctx), status)
    return _logarithm(a, ctx, status, _decimal_math.dlog10, _log10_exp_bound)


def _next(a, ctx, status, down):
    """The neighbour of a below it (down = 1) or above it in the context's precision."""
    if a._kind == _INF:
        if a._sign == down:
            return a
        return _make(1 - down, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
    work = ctx.copy()
    work._rounding = ROUND_FLOOR if down else ROUND_CEILING
    scratch = [0]
    rounded = _finish(a._sign, a._coef, a._exp, work, scratch)
    if _compare_values(rounded, a) != 0:
        return rounded
    # a is representable: write it with all prec digits (not below Etiny) and step the last
    etiny = ctx._Emin - ctx._prec + 1
    shift = min(ctx._prec - _ndigits(a._coef), a._exp - etiny)
    if shift >= 0:
        coef = a._coef * 10 ** shift
    else:
        coef = a._coef // 10 ** (-shift)
    if coef == 0:
        return _finish(down, 1, etiny, work, scratch)
    exp = a._exp - shift
    if a._sign == down:
        coef += 1
    elif coef == 10 ** (ctx._prec - 1) and exp > etiny:
        # stepping down from a power of ten: the neighbour has a digit more below it
        coef, exp = 10 ** ctx._prec - 1, exp - 1
    else:
        coef -= 1
    return _finish(a._sign, coef, exp, work, scratch)


def _total_order(a, b):
    """-1, 0 or 1: the specification's total ordering of representations (compare_total)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    a_nan = 2 if a._kind == _NAN else (1 if a._kind == _SNAN else 0)
    b_nan = 2 if b._kind == _NAN else (1 if b._kind == _SNAN else 0)
    if a_nan or b_nan:
        if a_nan == b_nan:
            c = (a._coef > b._coef) - (a._coef < b._coef)
            return s * c
        return s if a_nan > b_nan else -s
    c = _compare_values(a, b)
    if c:
        return c
    if a._kind == _INF or a._exp == b._exp:
        return 0
    return s if a._exp > b._exp else -s


def _minmax_mag(a, b, context, want_max):
    ctx = _ctx(context)
    b = _convert(b, True)
    status = [0]
    if a._kind >= _NAN or b._kind >= _NAN:
        # a quiet NaN loses to a number; otherwise the NaN rules
        if b._kind == _NAN and a._kind < _NAN:
            result = _finish_any(a, ctx, status)
        elif a._kind == _NAN and b._kind < _NAN:
            result = _finish_any(b, ctx, status)
        else:
            result = _nan_operands(a, b, ctx, status)
    else:
        c = _compare_values(a.copy_abs(), b.copy_abs())
        if c == 0:
            c = _total_order(a, b)
        if want_max:
            pick = b if c == -1 else a
        else:
            pick = a if c == -1 else b
        result = _finish_any(pick, ctx, status)
    ctx._signal(status[0])
    return result


def _remainder_near(a, b, ctx, status):
    if a._kind == _INF:
        return _invalid(status)
    if b._kind == _FINITE and b._coef == 0:
        if a._coef:
            return _invalid(status)
        status[0] |= _DIVISION_UNDEFINED
        return _make(0, 0, 0, _NAN)
    if b._kind == _INF:
        return _finish(a._sign, a._coef, a._exp, ctx, status)
    ideal = min(a._exp, b._exp)
    if a._coef == 0:
        return _finish(a._sign, 0, ideal, ctx, status)
    expdiff = a.adjusted() - b.adjusted()
    if expdiff >= ctx._prec + 1:
        status[0] |= _DIVISION_IMPOSSIBLE
        return _make(0, 0, 0, _NAN)
    if expdiff <= -2:
        # |a| < |b| / 2: a itself, written with the ideal exponent (never above a's)
        return _finish(a._sign, a._coef * 10 ** (a._exp - ideal), ideal, ctx, status)
    x = a._coef * 10 ** (a._exp - ideal)
    y = b._coef * 10 ** (b._exp - ideal)
    q, r = divmod(x, y)
    if 2 * r + (q & 1) > y:
        r -= y
        q += 1
    if q >= 10 ** ctx._prec:
        status[0] |= _DIVISION_IMPOSSIBLE
        return _make(0, 0, 0, _NAN)
    sign = a._sign
    if r < 0:
        sign = 1 - sign
        r = -r
    return _finish(sign, r, ideal, ctx, status)


def _digit_shift(a, b, context, rotate):
    """rotate() or shift(): the coefficient as prec digits, moved by the integer b."""
    ctx = _ctx(context)
    b = _convert(b, True)
    status = [0]
    result = _nan_operands(a, b, ctx, status)
    if result is None:
        n = -b._coef if b._sign else b._coef
        if b._kind != _FINITE or b._exp != 0 or not -ctx._prec <= n <= ctx._prec:
            result = _invalid(status)
        elif a._kind == _INF:
            result = a
        else:
            p = ctx._prec
            digits = a._coef % 10 ** p
            if rotate:
                k = n % p if p else 0
                digits = (digits * 10 ** k) % 10 ** p + digits // 10 ** (p - k)
            elif n >= 0:
                digits = (digits * 10 ** n) % 10 ** p
            else:
                digits //= 10 ** (-n)
            result = _make(a._sign, digits, a._exp)
    ctx._signal(status[0])
    return result


def _logical_digits(d):
    """The coefficient of a logical operand (sign 0, exponent 0, digits 0 and 1), or None."""
    if d._kind != _FINITE or d._sign or d._exp:
        return None
    text = _digits(d._coef)
    if text.strip('01'):
        return None
    return text


def _logical(a, b, context, op):
    ctx = _ctx(context)
    b = _convert(b, True)
    x = _logical_digits(a)
    y = _logical_digits(b)
    if x is None or y is None:
        status = [0]
        result = _invalid(status)
        ctx._signal(status[0])
        return result
    p = ctx._prec
    x = x.rjust(p, '0')[-p:]
    y = y.rjust(p, '0')[-p:]
    bits = ''.join('1' if op(int(i), int(j)) else '0' for i, j in zip(x, y))
    return _make(0, _from_digits(bits), 0)


def _general_power(a, b, ctx, status):
    """a ** b for a non-integral or infinite b, as libmpdec computes it (mpd_qpow): the special
    cases, the bounds test, then exp(b * ln(a)) with each step correctly rounded to a working
    precision of 23 digits more, rounded once more to the context."""
    if a._kind == _FINITE and a._coef == 0:
        return _make(0, 0, 0, _INF) if b._sign else _make(0, 0, 0)
    if a._sign:
        return _invalid(status)
    if b._kind == _INF:
        c = _compare_values(a, _make(0, 1, 0))
        if c == 0:
            return _inexact_one(ctx, status)
        if (c < 0) != (b._sign == 1):
            return _make(0, 0, 0)
        return _make(0, 0, 0, _INF)
    if a._kind == _INF:
        return _make(0, 0, 0) if b._sign else _make(0, 0, 0, _INF)
    if _is_one(a):
        return _inexact_one(ctx, status)
    bound = _certain_overflow(a, b, ctx)
    if bound is not None:
        return _finish(0, 1, bound, ctx, status)
    work = _exact_context(ctx)
    work._prec = max(_ndigits(a._coef), ctx._prec) + 23
    inner = [0]
    log = _ln(a, work, inner)
    result = _exp(_multiply(log, b, work), work, inner)
    if result._kind == _INF:
        return _finish(0, 1, MAX_EMAX * 10, ctx, status)
    if _is_one(result):
        result = _make(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)
    status[0] |= _INEXACT | _ROUNDED
    return _finish(0, result._coef, result._exp, ctx, status)


def _inexact_one(ctx, status):
    """libmpdec's 1 ** y for a y that is not an integer: 1 with prec - 1 zeros, inexact."""
    status[0] |= _INEXACT | _ROUNDED
    return _make(0, 10 ** (ctx._prec - 1), 1 - ctx._prec)


def _power_modulo(a, b, m, ctx):
    """pow(a, b, m): exact, for integral operands only (b >= 0, m nonzero, with at most prec
    digits)."""
    status = [0]
    if a._kind >= _NAN or b._kind >= _NAN or m._kind >= _NAN:
        if a._kind == _SNAN or b._kind == _SNAN or m._kind == _SNAN:
            status[0] |= _INVALID_OPERATION
            nan = a if a._kind == _SNAN else (b if b._kind == _SNAN else m)
        else:
            nan = a if a._kind == _NAN else (b if b._kind == _NAN else m)
        result = _fix_nan(nan, ctx)
    elif (not _is_integral(a) or not _is_integral(b) or not _is_integral(m)
          or (b._sign and b._coef) or m._coef == 0 or m.adjusted() >= ctx._prec
          or (a._coef == 0 and b._coef == 0)):
        result = _invalid(status)
    else:
        modulus = abs(_to_int(m, ROUND_DOWN))
        # powers of ten taken modulo the modulus, so huge exponents cost nothing
        base = _integral_coef(a) % modulus * pow(10, max(a._exp, 0), modulus) % modulus
        exponent = _integral_coef(b)
        odd = exponent % 2 == 1 and b._exp <= 0
        for _ in range(max(b._exp, 0)):
            base = pow(base, 10, modulus)
        result = _make(a._sign if odd else 0, pow(base, exponent, modulus), 0)
    ctx._signal(status[0])
    return result


def _integral_coef(d):
    """The coefficient of an integral d with its fractional zeros dropped."""
    return d._coef if d._exp >= 0 else d._coef // 10 ** (-d._exp)


def _pow3(base, exp, mod):
    """pow(base, exp, mod) with a Decimal among them: the C type's nb_power converts all three
    operands (ints and Decimals) or returns NotImplemented."""
    a, b, m = _convert(base), _convert(exp), _convert(mod)
    if a is None or b is None or m is None:
        return NotImplemented
    return _power_modulo(a, b, m, getcontext())

def _is_integral(d):
    return d._kind == _FINITE and (d._exp >= 0 or d._coef % 10 ** (-d._exp) == 0)


def _power(a, b, ctx):
    status = [0]
    result = _nan_operands(a, b, ctx, status)
    if result is None:
        result = _power_values(a, b, ctx, status)
    ctx._signal(status[0])
    return result


def _power_values(a, b, ctx, status):
    if b._kind == _INF or (b._exp < 0 and b._coef % 10 ** (-b._exp) != 0):
        return _general_power(a, b, ctx, status)
    n = _to_int(b, ROUND_DOWN)
    sign = a._sign if n % 2 == 1 else 0
    a_zero = a._kind == _FINITE and a._coef == 0
    if a_zero:
        if n == 0:
            return _invalid(status)
        return _make(sign, 0, 0) if n > 0 else _make(sign, 0, 0, _INF)
    if a._kind == _INF:
        if n == 0:
            return _make(0, 1, 0)
        return _make(sign, 0, 0, _INF) if n > 0 else _make(sign, 0, 0)
    if n == 0:
        return _make(0, 1, 0)
    bound = _certain_overflow(a, b, ctx)
    if bound is not None:
        return _finish(sign, 1, bound, ctx, status)
    return _integral_power(a, n, ctx, status)


def _exp_digits(e):
    return len(str(abs(e)))


def _certain_overflow(a, b, ctx):
    """libmpdec's test for a power that certainly overflows or underflows (from lower bounds
    of log10(abs(log10(|a|))) and log10(|b|)): the exponent of the one-digit value it rounds
    instead, or None."""
    t = a.adjusted()
    if t > 0:
        lb_zeta = _exp_digits(t) - 1
    elif t < -1:
        lb_zeta = _exp_digits(t + 1) - 1
    else:
        exact = _exact_context(ctx)
        exact._prec = MAX_PREC
        diff = _add(a.copy_abs(), _make(0, 1, 0), exact, True)
        if diff._coef == 0:
            return None
        u = diff.adjusted()
        lb_zeta = u - 2 if t == 0 else u - 1
    lb_theta = b.adjusted()
    if (t < 0) == (b._sign == 1):
        if _exp_digits(ctx._Emax) < lb_zeta + lb_theta:
            return ctx._Emax + 10
    elif _exp_digits(ctx._Emin - ctx._prec + 1) < lb_zeta + lb_theta:
        return ctx._Emin - ctx._prec
    return None


def _round_digits(d, kind, precision, rounding):
    """(digits, exponent) of d rounded as a format type asks (format_parts' round_to)."""
    coef, exp = d._coef, d._exp
    if kind == '%':
        exp += 2
    if precision is not None:
        if kind in 'eEgG':
            keep = precision + 1 if kind in 'eE' else max(precision, 1)
            drop = _ndigits(coef) - keep
            if drop > 0:
                coef, _ = _shift_round(d._sign, coef, drop, rounding)
                exp += drop
                if _ndigits(coef) > keep:
                    coef //= 10
                    exp += 1
            elif drop < 0 and kind in 'eE' and coef != 0:
                coef *= 10 ** (-drop)
                exp += drop
        elif exp < -precision:
            coef, _ = _shift_round(d._sign, coef, -precision - exp, rounding)
            exp = -precision
        elif exp > -precision:
            coef *= 10 ** (exp + precision)
            exp = -precision
    return _digits(coef), exp


def _format_decimal(d, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError('format spec must be a string')
    special = None
    if d._kind == _INF:
        special = 'Infinity'
    elif d._kind == _NAN:
        special = 'NaN'
    elif d._kind == _SNAN:
        special = 'sNaN'
    if d._kind >= _NAN and d._coef:
        special += _digits(d._coef)
    rounding = ctx._rounding
    return _decimal_format.format_parts(
        d._sign == 1, _digits(d._coef), d._exp, special, spec, ctx._capitals,
        lambda kind, precision: _round_digits(d, kind, precision, rounding))

_ternary_pow(Decimal, _pow3)
