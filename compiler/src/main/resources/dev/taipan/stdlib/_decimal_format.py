"""Decimal.__format__: the format-specification mini-language as _decimal implements it
(libmpdec's mpd_qformat_spec), rounding with the current context's rounding mode."""


def parse_spec(spec):
    """(fill, align, sign, no_neg_0, zeropad, width, sep, precision, type); ValueError when
    the specification is not one _decimal accepts."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        if fill is not None or align is not None:
            raise ValueError('invalid format string')
        zeropad = True
        fill = '0'
        align = '='
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    kind = None
    if i < n and spec[i] in 'eEfFgGn%':
        kind = spec[i]
        i += 1
    if i != n:
        raise ValueError('invalid format string')
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return fill, align, sign, no_neg_0, zeropad, width, sep, precision, kind


def group_digits(digits, sep, min_width):
    """digits in groups of three joined by sep, zero-padded to at least min_width characters."""
    if not sep:
        return '0' * (min_width - len(digits)) + digits
    groups = []
    min_width = max(min_width, 1)
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    groups.reverse()
    return sep.join(groups)


def pad(sign, body, fill, align, width):
    total = len(sign) + len(body)
    if total >= width:
        return sign + body
    padding = width - total
    if align == '<':
        return sign + body + fill * padding
    if align == '>':
        return fill * padding + sign + body
    if align == '=':
        return sign + fill * padding + body
    half = padding // 2
    return fill * half + sign + body + fill * (padding - half)


def format_parts(negative, digits, exp, special, spec, capitals, round_to):
    """The formatted text of a value given as its digits and exponent (or a special's name).

    round_to(kind, precision) returns the rounded (digits, exp) for the spec's type."""
    fill, align, sign, no_neg_0, zeropad, width, sep, precision, kind = parse_spec(spec)
    if kind == 'n':
        kind = 'g'
    if special is not None:
        body = special + ('%' if kind == '%' else '')
        sign_text = '-' if negative else ('' if sign == '-' else sign)
        if zeropad:
            fill, align = ' ', '>'
        return pad(sign_text, body, fill, align, width)
    if kind is None:
        kind = 'G' if capitals else 'g'
    digits, exp = round_to(kind, precision)
    coef_zero = digits.strip('0') == ''
    if coef_zero and exp > 0 and kind in 'fF%':
        digits, exp = '0', 0
    if coef_zero and no_neg_0:
        negative = False
    left = exp + len(digits)
    if kind in 'eE':
        dot = 1 - precision if coef_zero and precision is not None else 1
    elif kind in 'fF%':
        dot = left
    elif exp <= 0 and left > -6:
        dot = left
    else:
        dot = 1
    if dot < 0:
        intpart = '0'
        fracpart = '0' * (-dot) + digits
    elif dot > len(digits):
        intpart = digits + '0' * (dot - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dot] or '0'
        fracpart = digits[dot:]
    shown_exp = left - dot
    sign_text = '-' if negative else ('' if sign == '-' else sign)
    tail = '.' + fracpart if fracpart else ''
    if shown_exp != 0 or kind in 'eE':
        tail += ('E' if kind in 'EG' else 'e') + '%+d' % shown_exp
    if kind == '%':
        tail += '%'
    min_width = width - len(tail) - len(sign_text) if zeropad else 0
    intpart = group_digits(intpart, sep, min_width)
    return pad(sign_text, intpart + tail, fill, align, width)
