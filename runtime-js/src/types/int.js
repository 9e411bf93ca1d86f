// Python int helpers: https://docs.python.org/3/library/functions.html#int
// An int is an integral JS number in the safe range or a bigint outside it; these
// helpers convert, parse and round with CPython's rules and messages.

import { PyFloat } from './float.js';
import { pyError } from '../internals/errors.js';
import { normBig, toDouble, bigBitLength, divmod as arithDivmod, typeName } from '../internals/arith.js';
import { asciiNumberText, fixedDigits } from '../internals/float-repr.js';
import { checkParseDigits } from '../internals/int-repr.js';
import { strRepr } from './str.js';
import { intValueOf } from './value-subclass.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Normalises an int-like value (bool, number, bigint) to the int representation. */
export function toInt(x) {
  if (typeof x === 'bigint') return normBig(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  return x;
}

/** An int (number, bigint or bool) as a bigint. */
export function toBigInt(x) {
  return typeof x === 'bigint' ? x : BigInt(+x);
}

/** True for Python ints, bools included. */
export function isInt(x) {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

const DIGIT_VALUE = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 26; i++) { t[65 + i] = 10 + i; t[97 + i] = 10 + i; }
  return t;
})();

/**
 * int(s, base) for a str (or the ASCII text of bytes, shown as `shown` in errors), with Python's
 * syntax: sign, prefixes, underscores, whitespace, Unicode digits, and the
 * sys.set_int_max_str_digits() limit for bases that are not powers of two.
 */
export function intFromString(s, base = 10, shown = undefined) {
  if (typeof base !== 'number') base = Number(base);
  if ((base !== 0 && base < 2) || base > 36) throw pyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const invalid = () => pyError('ValueError', `invalid literal for int() with base ${base}: ${shown ?? strRepr(s)}`);
  const t = asciiNumberText(s);
  let i = 0;
  let neg = false;
  if (t[0] === '+' || t[0] === '-') { neg = t[0] === '-'; i = 1; }
  let b = base;
  let prefixed = false;
  if (t[i] === '0' && i + 1 < t.length) {
    const p = t[i + 1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb !== 0 && (base === 0 || base === pb)) { b = pb; i += 2; prefixed = true; }
  }
  if (b === 0) b = 10;
  // Digits with single underscores between them (and one allowed right after a prefix).
  let digits = '';
  let lastUnderscore = prefixed;
  let first = true;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (lastUnderscore && !(prefixed && first)) throw invalid();
      if (first && !prefixed) throw invalid();
      lastUnderscore = true;
      continue;
    }
    const v = c < 128 ? DIGIT_VALUE[c] : -1;
    if (v < 0 || v >= b) throw invalid();
    digits += t[i];
    lastUnderscore = false;
    first = false;
  }
  if (digits.length === 0 || lastUnderscore) throw invalid();
  // Base 0 refuses leading zeros in a non-zero decimal number ('010' is not a literal).
  if (base === 0 && !prefixed && digits[0] === '0' && /[1-9]/.test(digits)) throw invalid();
  if ((b & (b - 1)) !== 0) checkParseDigits(digits.length);
  let v;
  if (digits.length <= 10 || (b === 10 && digits.length <= 15)) {
    v = parseInt(digits, b);
  } else if (b === 10 || b === 16 || b === 8 || b === 2) {
    v = normBig(BigInt(b === 10 ? digits : (b === 16 ? '0x' : b === 8 ? '0o' : '0b') + digits));
  } else {
    v = normBig(parseBigInBase(digits, b));
  }
  return neg ? (typeof v === 'bigint' ? -v : 0 - v) : v;
}

function parseBigInBase(digits, b) {
  const B = BigInt(b);
  let r = 0n;
  for (let i = 0; i < digits.length; i += 8) {
    const chunk = digits.slice(i, i + 8);
    r = r * B ** BigInt(chunk.length) + BigInt(parseInt(chunk, b));
  }
  return r;
}

/** int.bit_length(). */
export function intBitLength(n) {
  if (typeof n === 'number') {
    const a = Math.abs(n);
    if (a < 2 ** 31) return 32 - Math.clz32(a);
    return bigBitLength(BigInt(a));
  }
  if (typeof n === 'boolean') return n ? 1 : 0;
  return bigBitLength(n < 0n ? -n : n);
}

/** float(n) of an int: OverflowError 'int too large to convert to float' past the float range. */
export function intToFloat(n) {
  const d = toDouble(n);
  return Number.isInteger(d) ? new PyFloat(d) : d;
}

/** int(x) of a float (JS number or PyFloat): truncation toward zero. */
export function floatToInt(x) {
  const v = x instanceof PyFloat ? x.v : x;
  if (v !== v) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (v === Infinity || v === -Infinity) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(v);
  return t <= MAX_SAFE && t >= -MAX_SAFE ? t + 0 : BigInt(t);
}

/** abs(x) for an int or float. */
export function abs(x) {
  if (typeof x === 'number') return Number.isInteger(x) ? Math.abs(x) : Math.abs(x);
  if (typeof x === 'bigint') return x < 0n ? -x : x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
  throw pyError('TypeError', `bad operand type for abs(): '${typeName(x)}'`);
}

/** divmod(a, b) for ints and floats, returning a Tuple. */
export function divmod(a, b) {
  return arithDivmod(a, b);
}

function prefixed(n, radix, prefix) {
  if (typeof n === 'boolean') n = n ? 1 : 0;
  const neg = typeof n === 'bigint' ? n < 0n : n < 0;
  const s = (neg ? -n : n).toString(radix);
  return (neg ? '-' : '') + prefix + s;
}

/** hex(n). */
export function hex(n) { return prefixed(n, 16, '0x'); }
/** oct(n). */
export function oct(n) { return prefixed(n, 8, '0o'); }
/** bin(n). */
export function bin(n) { return prefixed(n, 2, '0b'); }

/** Round half to even of a bigint n / 10**k, k > 0. */
function bigRoundDiv(n, d) {
  let q = n / d, r = n % d;
  if (r < 0n) { q -= 1n; r += d; }
  const r2 = r * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q += 1n;
  return q;
}

/**
 * round(x) and round(x, ndigits) for an int or float (JS number, bigint, bool or PyFloat);
 * ndigits undefined means None, else an int (callers apply `__index__`). Floats round their exact binary value half to even, as
 * CPython's correctly rounded double_round does.
 */
export function round(x, ndigits) {
  const isFloatValue = x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x));
  if (!isFloatValue) {
    const n = toInt(x);
    if (ndigits === undefined || ndigits === null) return n;
    const nd = toBigInt(ndigits);
    if (nd >= 0n) return n;
    const d = 10n ** -nd;
    return normBig(bigRoundDiv(toBigInt(n), d) * d);
  }
  const v = x instanceof PyFloat ? x.v : x;
  if (ndigits === undefined || ndigits === null) {
    if (v !== v || v === Infinity || v === -Infinity) return floatToInt(v);
    const f = Math.floor(v);
    const diff = v - f;
    let r = f;
    if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
    return floatToInt(r);
  }
  const nd = Number(toBigInt(ndigits));
  if (v !== v || v === Infinity || v === -Infinity) return x;
  if (nd > 323) return x instanceof PyFloat ? x : v;
  if (nd < -308) return new PyFloat(v < 0 || Object.is(v, -0) ? -0 : 0);
  if (v === 0 || v !== v || v === Infinity || v === -Infinity) return x;
  const digits = fixedDigits(v, nd);
  const r = Number((v < 0 ? '-' : '') + digits + 'e' + (-nd));
  if (r === Infinity || r === -Infinity) throw pyError('OverflowError', 'rounded value too large to represent');
  return Number.isInteger(r) || Object.is(r, -0) ? new PyFloat(r) : r;
}

/** pow(base, exp, mod) for ints, as CPython (negative exponents use the modular inverse). */
export function powMod(base, exp, mod) {
  if (!isInt(base) || !isInt(exp) || !isInt(mod)) {
    throw pyError('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  let m = toBigInt(mod), b = toBigInt(base), e = toBigInt(exp);
  if (m === 0n) throw pyError('ValueError', 'pow() 3rd argument cannot be 0');
  const negMod = m < 0n;
  if (negMod) m = -m;
  b %= m;
  if (b < 0n) b += m;
  if (e < 0n) {
    b = modInverse(b, m);
    e = -e;
  }
  let r = 1n % m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    e >>= 1n;
    if (e > 0n) b = (b * b) % m;
  }
  if (negMod && r !== 0n) r -= m;
  return normBig(r);
}

function modInverse(a, m) {
  let [r0, r1] = [a, m], [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw pyError('ValueError', 'base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

/** operator.index(x) for ints: TypeError for anything else. */
export function asIndex(x) {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const v = intValueOf(x);
  if (v !== undefined) return v;
  throw pyError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
}
