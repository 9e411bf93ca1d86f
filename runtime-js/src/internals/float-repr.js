// Python float repr and float(str): https://docs.python.org/3/library/functions.html#float
// JavaScript already finds the shortest round-tripping digits (as CPython's repr does);
// only the layout differs, so the digits are taken from toExponential() and re-laid out.

import { PyFloat } from '../types/float.js';
import { pyError } from './errors.js';
import { strRepr } from '../types/str.js';
import { lazyRegExp } from './lazy-regexp.js';

/**
 * The shortest round-tripping decimal digits of a finite non-zero |x| and the exponent
 * of its first digit: x = 0.d1d2d3... * 10**decpt.
 */
export function shortestDigits(x) {
  const s = Math.abs(x).toExponential();
  const e = s.indexOf('e');
  const mant = s.slice(0, e);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}

/** Formats an exponent as CPython does: sign and at least two digits. */
export function exponentSuffix(exp) {
  const a = Math.abs(exp);
  return (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : String(a));
}

/** repr(x) / str(x) of a Python float given as a JS number or PyFloat. */
export function floatRepr(x) {
  const v = x instanceof PyFloat ? x.v : x;
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const { digits, decpt } = shortestDigits(v);
  const sign = v < 0 ? '-' : '';
  if (decpt <= -4 || decpt > 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + mant + exponentSuffix(decpt - 1);
  }
  if (decpt <= 0) return sign + '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) return sign + digits + '0'.repeat(decpt - digits.length) + '.0';
  return sign + digits.slice(0, decpt) + '.' + digits.slice(decpt);
}

// What float(), int() and complex() strip from both ends: CPython turns the non-ASCII
// characters of str.isspace() into spaces, keeps ASCII as it is, then strips the ASCII
// whitespace " \t\n\v\f\r" only, so '\x1c'..'\x1f' (spaces to isspace()) are not stripped.
const SPACE_RE = /^[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
const NON_ASCII_DIGIT_RE = lazyRegExp(String.raw`\p{Nd}`, 'gu');
const DECIMAL_DIGIT_RE = lazyRegExp(String.raw`\p{Nd}`, 'u');

/** Strips Python whitespace and maps Unicode decimal digits to ASCII, as CPython does before parsing numbers. */
export function asciiNumberText(s) {
  let t = s.replace(SPACE_RE, '');
  if (/[^\x00-\x7f]/.test(t)) {
    t = t.replace(NON_ASCII_DIGIT_RE(), (d) => {
      if (d.length === 1 && d <= '9') return d;
      const cp = d.codePointAt(0);
      let start = cp;
      // Unicode decimal digits come in runs of ten from a zero, and runs can be adjacent
      // (the mathematical digits U+1D7CE..U+1D7FF are five runs): a block of consecutive
      // digits starts at a zero, so the value is the distance from its start modulo ten.
      while (DECIMAL_DIGIT_RE().test(String.fromCodePoint(start - 1))) start--;
      return String((cp - start) % 10);
    });
  }
  return t;
}

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** float(s) for a str `s`, with Python's syntax (underscores, inf/nan, surrounding whitespace). */
export function floatFromString(s) {
  const t = asciiNumberText(s);
  let v;
  if (FLOAT_RE.test(t)) {
    v = Number(t.indexOf('_') >= 0 ? t.replace(/_/g, '') : t);
  } else {
    const m = SPECIAL_RE.exec(t);
    if (m === null) throw pyError('ValueError', 'could not convert string to float: ' + strRepr(s));
    v = m[2].toLowerCase() === 'nan' ? NaN : (m[1] === '-' ? -Infinity : Infinity);
  }
  // Each float('nan') is its own object in CPython (identity decides `x in [x]`), so it is boxed.
  return Number.isInteger(v) || Object.is(v, -0) || Number.isNaN(v) ? new PyFloat(v) : v;
}

// ---------------------------------------------------------------------------------------
// Correctly rounded decimal digits (round-half-even on the exact binary value), the
// digit source of %-formatting, format() and round(). toFixed/toExponential are exact
// but round ties away from zero, so they are used only when no tie is possible.

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** |x| = m * 2**e exactly, for finite non-zero x; m is a bigint. */
export function decompose(x) {
  F64[0] = x;
  const bits = U64[0];
  const frac = bits & 0xfffffffffffffn;
  const exp = Number((bits >> 52n) & 0x7ffn);
  return exp === 0 ? { m: frac, e: -1074 } : { m: frac | 0x10000000000000n, e: exp - 1075 };
}

/** round-half-even(m * 2**e * 10**n) for bigint m. */
function exactScaledRound(m, e, n) {
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e); else den <<= BigInt(-e);
  if (n >= 0) num *= 10n ** BigInt(n); else den *= 10n ** BigInt(-n);
  const q = num / den, r2 = (num % den) * 2n;
  return r2 > den || (r2 === den && (q & 1n) === 1n) ? q + 1n : q;
}

/**
 * The decimal digits of round-half-even(|x| * 10**n) for finite x and any integer n
 * ('0' when that is zero): the digits of |x| with n places after the point.
 */
export function fixedDigits(x, n) {
  const a = Math.abs(x);
  if (a === 0) return '0';
  if (n >= 0 && n <= 100 && a < 1e21 && !Number.isInteger(a * 2 ** (n + 1))) {
    const s = a.toFixed(n);
    const t = n > 0 ? s.slice(0, s.length - n - 1) + s.slice(s.length - n) : s;
    let i = 0;
    while (i < t.length - 1 && t[i] === '0') i++;
    return t.slice(i);
  }
  const { m, e } = decompose(a);
  return exactScaledRound(m, e, n).toString();
}

/**
 * |x| rounded half-even to `n` >= 1 significant digits: `digits` (exactly n of them)
 * and `exp` such that |x| ~ d.ddd * 10**exp. x finite and non-zero.
 */
export function sigDigits(x, n) {
  const a = Math.abs(x);
  if (n <= 101 && !Number.isInteger(a)) {
    const s = a.toExponential(n - 1);
    const ei = s.indexOf('e');
    const exp = Number(s.slice(ei + 1));
    if (!Number.isInteger(a * 2 ** (n - exp + 1))) {
      return { digits: n > 1 ? s[0] + s.slice(2, ei) : s.slice(0, ei), exp };
    }
  }
  const { m, e } = decompose(a);
  let exp = shortestDigits(a).decpt - 1;
  for (;;) {
    const d = exactScaledRound(m, e, n - 1 - exp).toString();
    if (d.length > n) { exp++; continue; }
    if (d.length < n) { exp--; continue; }
    return { digits: d, exp };
  }
}
