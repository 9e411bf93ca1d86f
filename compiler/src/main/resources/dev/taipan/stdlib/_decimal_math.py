# Derived from CPython 3.11's Lib/_pydecimal.py (Python Software Foundation License, see LICENSE-PSF.txt).
"""Integer kernels of Decimal's exp, ln, log10 and non-integral power: _pydecimal's algorithms,
which give the correctly rounded results libmpdec gives. Each works on plain integers
(coefficient, exponent, digits wanted) and returns an approximation with an error of at most one
unit in its last digit; the callers in decimal add digits until the result rounds unambiguously.
"""

from _taipan import int_digits as _digits, int_from_digits as _from_digits


def _nbits(n):
    return n.bit_length()


def decimal_lshift_exact(n, e):
    """n * 10**e if that is an integer, else None (without computing huge powers of ten)."""
    if n == 0:
        return 0
    if e >= 0:
        return n * 10 ** e
    str_n = _digits(abs(n))
    val_n = len(str_n) - len(str_n.rstrip('0'))
    return None if val_n < -e else n // 10 ** -e


def _sqrt_nearest(n, a):
    """The integer nearest the square root of n > 0, from the approximation a > 0."""
    b = 0
    while a != b:
        b, a = a, a - -n // a >> 1
    return a


def _rshift_nearest(x, shift):
    """The integer nearest x / 2**shift (ties to even)."""
    b, q = 1 << shift, x >> shift
    return q + (2 * (x & (b - 1)) + (q & 1) > b)


def div_nearest(a, b):
    """The integer nearest a / b for positive b (ties to even)."""
    q, r = divmod(a, b)
    return q + (2 * r + (q & 1) > b)


def _ilog(x, M, L=8):
    """An integer approximation of M * log(x / M): argument reduction by square roots until
    |x/M - 1| < 2**-L, then the Taylor series of log(1 + y) in y = x/M - 1."""
    y = x - M
    R = 0
    while (R <= L and abs(y) << L - R >= M or
           R > L and abs(y) >> R - L >= M):
        y = div_nearest((M * y) << 1,
                        M + _sqrt_nearest(M * (M + _rshift_nearest(y, R)), M))
        R += 1
    T = -int(-10 * len(_digits(M)) // (3 * L))
    yshift = _rshift_nearest(y, R)
    w = div_nearest(M, T)
    for k in range(T - 1, 0, -1):
        w = div_nearest(M, k) - div_nearest(yshift * w, M)
    return div_nearest(w * y, M)


def dlog10(c, e, p):
    """An integer within 1 of 10**p * log10(c * 10**e), for c > 0 and c * 10**e != 1."""
    p += 2
    f = e + len(_digits(c)) - (e + len(_digits(c)) >= 1)
    if p > 0:
        M = 10 ** p
        k = e + p - f
        if k >= 0:
            c *= 10 ** k
        else:
            c = div_nearest(c, 10 ** -k)
        log_d = _ilog(c, M)
        log_10 = _log10_digits(p)
        log_d = div_nearest(log_d * M, log_10)
        log_tenpower = f * M
    else:
        log_d = 0
        log_tenpower = div_nearest(f, 10 ** -p)
    return div_nearest(log_tenpower + log_d, 100)


def dlog(c, e, p):
    """An integer within 1 of 10**p * log(c * 10**e), for c > 0 and c * 10**e != 1."""
    p += 2
    f = e + len(_digits(c)) - (e + len(_digits(c)) >= 1)
    if p > 0:
        k = e + p - f
        if k >= 0:
            c *= 10 ** k
        else:
            c = div_nearest(c, 10 ** -k)
        log_d = _ilog(c, 10 ** p)
    else:
        log_d = 0
    if f:
        extra = len(_digits(abs(f))) - 1
        if p + extra >= 0:
            f_log_ten = div_nearest(f * _log10_digits(p + extra), 10 ** extra)
        else:
            f_log_ten = 0
    else:
        f_log_ten = 0
    return div_nearest(f_log_ten + log_d, 100)


# The digits of log(10) = 2.302585..., extended (and kept) when more are asked for.
_log10_known = ['23025850929940456840179914546843642076011014886']


def _log10_digits(p):
    """floor(10**p * log(10)) for p >= 0."""
    digits = _log10_known[0]
    if p >= len(digits):
        extra = 3
        while True:
            M = 10 ** (p + extra + 2)
            digits = _digits(div_nearest(_ilog(10 * M, M), 100))
            if digits[-extra:] != '0' * extra:
                break
            extra += 3
        digits = digits.rstrip('0')[:-1]
        _log10_known[0] = digits
    return _from_digits(digits[:p + 1])


def _iexp(x, M, L=8):
    """An integer approximation of M * exp(x / M) for small x / M."""
    R = _nbits((x << L) // M)
    T = -int(-10 * len(_digits(M)) // (3 * L))
    y = div_nearest(x, T)
    Mshift = M << R
    for i in range(T - 1, 0, -1):
        y = div_nearest(x * (Mshift + y), Mshift * i)
    for k in range(R - 1, -1, -1):
        Mshift = M << (k + 2)
        y = div_nearest(y * (y + Mshift), Mshift)
    return M + y


def dexp(c, e, p):
    """(d, f) with 10**(p-1) <= d <= 10**p and d * 10**f within one unit of d of
    exp(c * 10**e)."""
    p += 2
    extra = max(0, e + len(_digits(c)) - 1)
    q = p + extra
    shift = e + q
    if shift >= 0:
        cshift = c * 10 ** shift
    else:
        cshift = c // 10 ** -shift
    quot, rem = divmod(cshift, _log10_digits(q))
    rem = div_nearest(rem, 10 ** extra)
    return div_nearest(_iexp(rem, 10 ** p), 1000), quot - p + 3


def dpower(xc, xe, yc, ye, p):
    """(c, e) with 10**(p-1) <= c <= 10**p and c * 10**e within one unit of c of x**y, for
    x = xc * 10**xe positive and not 1, and y = yc * 10**ye nonzero."""
    b = len(_digits(abs(yc))) + ye
    lxc = dlog(xc, xe, p + b + 1)
    shift = ye - b
    if shift >= 0:
        pc = lxc * yc * 10 ** shift
    else:
        pc = div_nearest(lxc * yc, 10 ** -shift)
    if pc == 0:
        # x**y is within 10**-p of 1: its side of 1 decides the digits
        if (len(_digits(xc)) + xe >= 1) == (yc > 0):
            coeff, exp = 10 ** (p - 1) + 1, 1 - p
        else:
            coeff, exp = 10 ** p - 1, -p
    else:
        coeff, exp = dexp(pc, -(p + 1), p + 1)
        coeff = div_nearest(coeff, 10)
        exp += 1
    return coeff, exp


_LOG10_LB_CORRECTION = {'1': 100, '2': 70, '3': 53, '4': 40, '5': 31, '6': 23, '7': 16,
                        '8': 10, '9': 5}


def log10_lb(c):
    """A lower bound for 100 * log10(c), for c > 0."""
    str_c = _digits(c)
    return 100 * len(str_c) - _LOG10_LB_CORRECTION[str_c[0]]
