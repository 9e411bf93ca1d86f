// Python's format specification mini-language: https://docs.python.org/3/library/string.html#formatspec
// format(value, spec) for int, bool, float and str, following CPython's
// Python/formatter_unicode.c: parse, then lay out sign, prefix, grouped digits and padding.

import { PyFloat } from '../types/float.js';
import { pyError } from './errors.js';
import { typeName } from './arith.js';
import { floatRepr, fixedDigits, sigDigits, shortestDigits, exponentSuffix } from './float-repr.js';
import { intRepr } from './int-repr.js';
import { strLen, strSlice } from '../types/str.js';

const ALIGNS = '<>=^';

/** A parsed format spec (CPython's InternalFormatSpec). */
export class FormatSpec {
  constructor() {
    this.fill = ' ';
    this.fillSpecified = false;
    this.align = '';
    this.sign = '';
    this.z = false;
    this.alternate = false;
    this.width = -1;
    this.grouping = '';
    this.precision = -1;
    this.type = '';
  }
}

function readNumber(spec, cps, pos) {
  const start = pos;
  while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') pos++;
  if (pos === start) return [-1, pos];
  const text = cps.slice(start, pos).join('');
  if (pos - start > 18 && BigInt(text) > 9223372036854775807n) {
    throw pyError('ValueError', 'Too many decimal digits in format string');
  }
  return [Number(text), pos];
}

/** Parses `spec` for a value of Python type `tname` whose default alignment is `defaultAlign`. */
export function parseFormatSpec(spec, tname, defaultAlign, defaultType = '') {
  const f = new FormatSpec();
  const cps = Array.from(spec);
  let pos = 0;
  let alignSpecified = false;
  if (cps.length >= 2 && ALIGNS.includes(cps[1])) {
    f.fill = cps[0];
    f.fillSpecified = true;
    f.align = cps[1];
    alignSpecified = true;
    pos = 2;
  } else if (cps.length >= 1 && ALIGNS.includes(cps[0])) {
    f.align = cps[0];
    alignSpecified = true;
    pos = 1;
  }
  if (pos < cps.length && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) f.sign = cps[pos++];
  if (pos < cps.length && cps[pos] === 'z') { f.z = true; pos++; }
  if (pos < cps.length && cps[pos] === '#') { f.alternate = true; pos++; }
  if (!f.fillSpecified && pos < cps.length && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  [f.width, pos] = readNumber(spec, cps, pos);
  if (pos < cps.length && cps[pos] === ',') { f.grouping = ','; pos++; }
  if (pos < cps.length && cps[pos] === '_') {
    if (f.grouping !== '') throw pyError('ValueError', "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < cps.length && cps[pos] === ',' && f.grouping === '_') throw pyError('ValueError', "Cannot specify both ',' and '_'.");
  if (pos < cps.length && cps[pos] === '.') {
    pos++;
    [f.precision, pos] = readNumber(spec, cps, pos);
    if (f.precision < 0) throw pyError('ValueError', 'Format specifier missing precision');
  }
  if (cps.length - pos > 1) {
    throw pyError('ValueError', `Invalid format specifier '${spec}' for object of type '${tname}'`);
  }
  f.type = pos < cps.length ? cps[pos] : defaultType;
  if (f.align === '') f.align = defaultAlign;
  if (f.grouping !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping === '_') break;
        // fall through
      default:
        throw pyError('ValueError', `Cannot specify '${f.grouping}' with '${f.type}'.`);
    }
  }
  return f;
}

// ---------------------------------------------------------------------------------------
// Layout

/** CPython's digit grouping, padding with grouped zeros up to `minWidth` characters. */
export function groupDigits(digits, sep, size, minWidth) {
  let rem = digits.length;
  let minW = minWidth;
  let out = '';
  let useSep = false;
  for (;;) {
    const l = Math.min(size, Math.max(rem, minW, 1));
    const nZeros = Math.max(0, l - rem);
    const nChars = Math.max(0, Math.min(rem, l));
    out = '0'.repeat(nZeros) + digits.slice(rem - nChars, rem) + (useSep ? sep : '') + out;
    useSep = true;
    rem -= nChars;
    minW -= l;
    if (rem <= 0 && minW <= 0) break;
    minW -= sep.length;
  }
  return out;
}

/** Pads `body` (already signed) to the spec's width with its fill and alignment. */
function pad(f, body, len) {
  if (f.width <= len) return body;
  const n = f.width - len;
  switch (f.align) {
    case '<': return body + f.fill.repeat(n);
    case '^': {
      const left = Math.floor(n / 2);
      return f.fill.repeat(left) + body + f.fill.repeat(n - left);
    }
    default: return f.fill.repeat(n) + body;
  }
}

/**
 * Lays out a number: sign, prefix ('0x'), integer digits (grouped), and the rest
 * (fraction, exponent, '%'), honouring '=' alignment and zero padding.
 */
export function layoutNumber(f, negative, prefix, intDigits, rest, groupSize) {
  const sign = negative ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  let digits = intDigits;
  const fixedLen = sign.length + prefix.length + rest.length;
  if (f.grouping !== '' && groupSize > 0) {
    const minWidth = f.fill === '0' && f.align === '=' ? Math.max(0, f.width - fixedLen) : 0;
    digits = groupDigits(intDigits, f.grouping, groupSize, minWidth);
  }
  // Widths count code points: format(0x1F600, 'c') is one character wide.
  const len = fixedLen + (/[\ud800-\udbff]/.test(digits) ? [...digits].length : digits.length);
  if (f.align === '=' && f.width > len) {
    return sign + prefix + f.fill.repeat(f.width - len) + digits + rest;
  }
  return pad(f, sign + prefix + digits + rest, len);
}

// ---------------------------------------------------------------------------------------
// Float bodies

/**
 * The unsigned text of finite |v| in style 'e', 'f', 'g' or 'r' (shortest repr) with
 * `prec` digits; `alt` is the '#' flag, `addDot0` keeps a '.0' on integral-looking
 * fixed results (format() with no type). Returns [intPart, restIncludingPointAndExponent].
 */
export function floatBody(a, type, prec, alt, addDot0, upper) {
  const e = upper ? 'E' : 'e';
  if (type === 'f') {
    const D = fixedDigits(a, prec);
    const ip = D.length > prec ? D.slice(0, D.length - prec) : '0';
    const frac = prec === 0 ? '' : D.length > prec ? D.slice(D.length - prec) : D.padStart(prec, '0');
    return [ip, prec > 0 || alt ? '.' + frac : ''];
  }
  if (type === 'e') {
    const { digits, exp } = a === 0 ? { digits: '0'.repeat(prec + 1), exp: 0 } : sigDigits(a, prec + 1);
    return [digits[0], (prec > 0 || alt ? '.' + digits.slice(1) : '') + exponentSuffix(exp).replace('e', e)];
  }
  let digits, exp, useExp;
  if (type === 'r') {
    if (a === 0) { digits = '0'; exp = 0; } else { const s = shortestDigits(a); digits = s.digits; exp = s.decpt - 1; }
    useExp = exp < -4 || exp >= 16;
  } else {
    const P = prec === 0 ? 1 : prec;
    if (a === 0) { digits = '0'.repeat(P); exp = 0; } else ({ digits, exp } = sigDigits(a, P));
    // format() without a type keeps a '.0', and switches to exponents one digit earlier.
    useExp = exp < -4 || exp >= (addDot0 ? P - 1 : P);
    if (!alt) digits = digits.replace(/0+$/, '') || '0';
  }
  if (useExp) {
    const frac = digits.slice(1);
    return [digits[0], (frac.length > 0 || alt ? '.' + frac : '') + exponentSuffix(exp).replace('e', e)];
  }
  let ip, frac;
  if (exp >= 0) {
    ip = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits + '0'.repeat(exp + 1 - digits.length);
    frac = digits.slice(exp + 1);
  } else {
    ip = '0';
    frac = '0'.repeat(-exp - 1) + digits;
  }
  if (frac.length > 0) return [ip, '.' + frac];
  if (addDot0 && type === 'r') return [ip, '.0'];
  return [ip, alt ? '.' : addDot0 ? '.0' : ''];
}

function formatFloat(v, f, tname) {
  let type = f.type;
  let prec = f.precision;
  let addDot0 = false;
  switch (type) {
    case '': addDot0 = true; type = prec < 0 ? 'r' : 'g'; break;
    case 'n': type = 'g'; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': break;
    default: throw unknownCode(f.type, tname);
  }
  checkPrecision(prec);
  if (prec < 0) prec = 6;
  const upper = type === 'E' || type === 'F' || type === 'G';
  const style = type === '%' ? 'f' : type.toLowerCase();
  const pct = type === '%' ? '%' : '';
  const x = type === '%' ? v * 100 : v;
  if (x !== x || x === Infinity || x === -Infinity) {
    const word = x !== x ? 'nan' : 'inf';
    return layoutNumber(f, x === -Infinity, '', upper ? word.toUpperCase() : word, pct, 0);
  }
  const neg = x < 0 || Object.is(x, -0);
  const [ip, rest] = floatBody(Math.abs(x), style, prec, f.alternate, addDot0, upper);
  const isZero = f.z && neg && !/[1-9]/.test(ip + rest.replace(/[eE].*$/, ''));
  return layoutNumber(f, neg && !isZero, '', ip, rest + pct, 3);
}

function checkPrecision(p) {
  if (p > 2147483647) throw pyError('ValueError', 'precision too big');
}

function unknownCode(code, tname) {
  return pyError('ValueError', `Unknown format code '${code}' for object of type '${tname}'`);
}

function formatInt(n, f, tname) {
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloat(intToDouble(n), f, tname);
    case '': case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
      break;
    default: throw unknownCode(f.type, tname);
  }
  if (f.precision >= 0) throw pyError('ValueError', 'Precision not allowed in integer format specifier');
  if (f.z) throw pyError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const big = typeof n === 'bigint';
  const neg = big ? n < 0n : n < 0;
  const a = neg ? -n : n;
  if (f.type === 'c') {
    if (f.sign !== '') throw pyError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw pyError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (big && a > (neg ? 9223372036854775808n : 9223372036854775807n)) throw pyError('OverflowError', 'Python int too large to convert to C long');
    if (neg || big || a > 0x10ffff) throw pyError('OverflowError', '%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(a);
    return layoutNumber(f, false, '', ch, '', 3);
  }
  let radix = 10, prefix = '', group = 3;
  switch (f.type) {
    case 'b': radix = 2; prefix = '0b'; group = 4; break;
    case 'o': radix = 8; prefix = '0o'; group = 4; break;
    case 'x': radix = 16; prefix = '0x'; group = 4; break;
    case 'X': radix = 16; prefix = '0X'; group = 4; break;
    default: break;
  }
  let digits = radix === 10 ? intRepr(a) : a.toString(radix);
  if (f.type === 'X') digits = digits.toUpperCase();
  return layoutNumber(f, neg, f.alternate ? prefix : '', digits, '', group);
}

function intToDouble(n) {
  const d = Number(n);
  if (d === Infinity || d === -Infinity) throw pyError('OverflowError', 'int too large to convert to float');
  return d;
}

function formatStr(s, f) {
  if (f.type !== 's') throw unknownCode(f.type, 'str');
  checkPrecision(f.precision);
  if (f.sign === ' ') throw pyError('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') throw pyError('ValueError', 'Sign not allowed in string format specifier');
  if (f.z) throw pyError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw pyError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw pyError('ValueError', "'=' alignment not allowed in string format specifier");
  let t = s;
  if (f.precision >= 0 && strLen(s) > f.precision) t = strSlice(s, 0, f.precision);
  return pad(f, t, strLen(t));
}

/** format(value, spec) for an int, bool, float or str value. */
export function formatWithSpec(value, spec) {
  switch (typeof value) {
    case 'string':
      if (spec === '') return value;
      return formatStr(value, parseFormatSpec(spec, 'str', '<', 's'));
    case 'boolean':
      if (spec === '') return value ? 'True' : 'False';
      return formatInt(value ? 1 : 0, parseFormatSpec(spec, 'bool', '>'), 'bool');
    case 'bigint':
      if (spec === '') return intRepr(value);
      return formatInt(value, parseFormatSpec(spec, 'int', '>'), 'int');
    case 'number':
      if (Number.isInteger(value)) {
        if (spec === '') return String(value);
        return formatInt(value, parseFormatSpec(spec, 'int', '>'), 'int');
      }
      if (spec === '') return floatRepr(value);
      return formatFloat(value, parseFormatSpec(spec, 'float', '>'), 'float');
    default:
      if (value instanceof PyFloat) {
        if (spec === '') return floatRepr(value.v);
        return formatFloat(value.v, parseFormatSpec(spec, 'float', '>'), 'float');
      }
      throw pyError('TypeError', `unsupported format string passed to ${typeName(value)}.__format__`);
  }
}
