// float.hex() and float.fromhex(): CPython's exact hexadecimal form of a binary64, and its
// correctly rounded parser (round half to even, gradual underflow, OverflowError).

import { pyError } from './errors.js';

/** `x.hex()` for a JS number: '0x1.<13 hex digits>p<exp>', '0x0.0p+0', 'inf', 'nan'. */
export function floatHex(x) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? '-' : '';
  const biased = Number((bits >> 52n) & 0x7ffn);
  const mantissa = bits & 0xfffffffffffffn;
  if (biased === 0 && mantissa === 0n) return sign + '0x0.0p+0';
  const digits = mantissa.toString(16).padStart(13, '0');
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? 0 : 1}.${digits}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

const HEX_FLOAT = /^\s*([+-]?)(?:(inf(?:inity)?|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?)\s*$/i;

/** `float.fromhex(s)` as a JS number. */
export function floatFromHex(s) {
  const m = HEX_FLOAT.exec(s);
  if (m === null || (m[2] === undefined && !(m[3] || m[4]))) {
    throw pyError('ValueError', 'invalid hexadecimal floating-point string');
  }
  const negative = m[1] === '-';
  if (m[2] !== undefined) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return negative ? -v : v;
  }
  const frac = m[4] || '';
  const mant = BigInt('0x' + ((m[3] || '') + frac || '0'));
  if (mant === 0n) return negative ? -0 : 0;
  // Exponents far out of range saturate: the result is then 0 or an overflow either way.
  const written = m[5] === undefined ? 0 : Math.max(-1e6, Math.min(1e6, Number(m[5])));
  const exp = written - 4 * frac.length;
  const top = mant.toString(2).length + exp; // the value lies in [2**(top-1), 2**top)
  if (top > 1024) throw pyError('OverflowError', 'hexadecimal value too large to represent as a float');
  const lsb = Math.max(top - 53, -1074);
  const shift = lsb - exp;
  let q;
  if (shift > 0) {
    const s = BigInt(shift);
    q = mant >> s;
    const rest = mant & ((1n << s) - 1n);
    const half = 1n << (s - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = mant << BigInt(-shift);
  }
  // q has at most 54 bits here, so both factors and the product are exact.
  const v = Number(q) * 2 ** lsb;
  if (!Number.isFinite(v)) throw pyError('OverflowError', 'hexadecimal value too large to represent as a float');
  return negative ? -v : v;
}
