// Python's math module: https://docs.python.org/3/library/math.html
// Floats give the C library's (glibc's) results, through correctly rounded evaluations or ports
// of glibc's and mathmodule.c's own algorithms, with CPython's domain/range errors; integer
// functions (factorial, isqrt, comb, gcd, floor of huge floats) are exact via bigint.

import { PyFloat } from '../types/float.js';
import { PyValueSub, intValueOf } from '../types/value-subclass.js';
import { Tuple } from '../types/tuple.js';
import { pyError } from '../internals/errors.js';
import { normBig, bigBitLength, typeName, floatPow } from '../internals/arith.js';
import { decompose } from '../internals/float-repr.js';
import { glibcErf, glibcErfc } from '../internals/glibc-erf.js';
import { glibcExp } from '../internals/glibc-exp.js';
import {
  glibcExpm1, glibcLog1p, glibcSinh, glibcCosh, glibcTanh, glibcAsinh, glibcAcosh, glibcAtanh,
} from '../internals/glibc-hyperbolic.js';
import { typeOf, lookup } from '../types/type.js';
import { call } from '../internals/call.js';
import {
  exactLog, exactSin, exactCos, exactAcos, exactAsin, exactAtan, exactTan, exactLog2, exactExp2, exactAtan2, glibcLog10, glibcCbrt,
} from '../internals/exact-libm.js';

// CPython calls glibc, whose log, sin, cos and acos are correctly rounded and whose tan, asin,
// atan, log2 and exp2 nearly always are (exp is glibc's own algorithm, glibc-exp.js); V8's Math functions are off by one ulp for a
// few percent of arguments. log10 and cbrt follow glibc's own algorithms.
const libExp = glibcExp;
const libLog = (v) => exactLog(v) ?? Math.log(v);
const libSin = (v) => exactSin(v) ?? Math.sin(v);
const libCos = (v) => exactCos(v) ?? Math.cos(v);
const libAcos = (v) => exactAcos(v) ?? Math.acos(v);

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

function box(x) {
  return Number.isInteger(x) || Object.is(x, -0) ? new PyFloat(x) : x;
}

function isIntLike(x) {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

function big(x) {
  return typeof x === 'bigint' ? x : BigInt(+x);
}

/** float(x) of a math argument: int, float or bool; TypeError otherwise. */
function toFloat(x) {
  switch (typeof x) {
    case 'number': return x;
    case 'boolean': return x ? 1 : 0;
    case 'bigint': {
      const d = Number(x);
      if (!Number.isFinite(d)) throw pyError('OverflowError', 'int too large to convert to float');
      return d;
    }
    default:
      if (x instanceof PyFloat) return x.v;
      // An int or float subclass instance converts by its value (a str subclass is refused below).
      if (x instanceof PyValueSub && (typeof x.$v !== 'string' && !(x.$v instanceof Tuple))) return toFloat(x.$v);
      return toFloatByMethod(x);
  }
}

/** PyFloat_AsDouble's fallbacks: the type's __float__ (which must return a float), else __index__. */
function toFloatByMethod(x) {
  const t = typeOf(x);
  const toFloatMethod = lookup(t, '__float__');
  if (toFloatMethod !== undefined) {
    const v = call(toFloatMethod, x);
    if (typeof v === 'number' && !Number.isInteger(v)) return v;
    if (v instanceof PyFloat) return v.v;
    throw pyError('TypeError', `${t.__name__}.__float__ returned non-float (type ${typeName(v)})`);
  }
  const toIndexMethod = lookup(t, '__index__');
  if (toIndexMethod !== undefined) return toFloat(call(toIndexMethod, x));
  throw pyError('TypeError', `must be real number, not ${typeName(x)}`);
}

function toIndex(x) {
  if (isIntLike(x)) return big(x);
  const v = intValueOf(x);
  if (v !== undefined) return big(v);
  throw pyError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
}

const domain = () => pyError('ValueError', 'math domain error');
const range = () => pyError('OverflowError', 'math range error');

/** Wraps a one-argument libm function with CPython's math_1 error rules. */
function math1(fn, canOverflow) {
  return (x) => {
    const v = toFloat(x);
    const r = fn(v);
    if (r !== r && v === v) throw domain();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(v)) throw canOverflow ? range() : domain();
    return box(r);
  };
}

export const sqrt = (x) => {
  if (typeof x === 'bigint' && x > 0n) {
    const d = Number(x);
    if (!Number.isFinite(d)) throw pyError('OverflowError', 'int too large to convert to float');
  }
  return math1(Math.sqrt, false)(x);
};
export const exp = math1(glibcExp, true);
export const exp2 = math1((v) => exactExp2(v) ?? 2 ** v, true);
export const expm1 = math1(glibcExpm1, true);
export const sin = math1(libSin, false);
export const cos = math1(libCos, false);
export const tan = math1((v) => exactTan(v) ?? Math.tan(v), false);
export const asin = math1((v) => exactAsin(v) ?? Math.asin(v), false);
export const acos = math1(libAcos, false);
export const atan = math1((v) => exactAtan(v) ?? Math.atan(v), false);
export const sinh = math1(glibcSinh, true);
export const cosh = math1(glibcCosh, true);
export const tanh = math1(glibcTanh, false);
export const asinh = math1(glibcAsinh, false);
export const acosh = math1(glibcAcosh, false);
export const cbrt = math1(glibcCbrt, false);
export const atanh = math1(glibcAtanh, false);
export const log1p = math1(glibcLog1p, false);
export const fabs = (x) => box(Math.abs(toFloat(x)));
export const degrees = (x) => box(toFloat(x) * (180 / Math.PI));
export const radians = (x) => box(toFloat(x) * (Math.PI / 180));
export const isfinite = (x) => Number.isFinite(toFloat(x));
export const isinf = (x) => { const v = toFloat(x); return v === Infinity || v === -Infinity; };
export const isnan = (x) => { const v = toFloat(x); return v !== v; };

/** log(x) of a positive int or float, exact in the exponent for ints beyond the float range. */
function logOf(x, fn) {
  if (isIntLike(x)) {
    const n = big(x);
    if (n <= 0n) throw domain();
    const d = Number(n);
    if (Number.isFinite(d)) return fn(d);
    // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2), as CPython's loghelper.
    const bits = bigBitLength(n);
    const shift = bits - 60;
    const m = Number(n >> BigInt(shift)) / 2 ** 60;
    return fn(m) + fn(2) * (shift + 60);
  }
  const v = toFloat(x);
  if (v !== v) return v;
  if (v <= 0) throw domain();
  return fn(v);
}

export function log(x, base) {
  const num = logOf(x, libLog);
  if (base === undefined) return box(num);
  const den = logOf(base, libLog);
  if (den === 0) throw pyError('ZeroDivisionError', 'float division by zero');
  return box(num / den);
}
export const log2 = (x) => box(logOf(x, (v) => exactLog2(v) ?? Math.log2(v)));
export const log10 = (x) => box(logOf(x, (v) => glibcLog10(v) ?? Math.log10(v)));

function floatToIntExact(v) {
  if (v !== v) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
}

export function floor(x) {
  if (isIntLike(x)) return typeof x === 'boolean' ? (x ? 1 : 0) : x;
  return floatToIntExact(Math.floor(toFloat(x)));
}
export function ceil(x) {
  if (isIntLike(x)) return typeof x === 'boolean' ? (x ? 1 : 0) : x;
  return floatToIntExact(Math.ceil(toFloat(x)));
}
export function trunc(x) {
  if (isIntLike(x)) return typeof x === 'boolean' ? (x ? 1 : 0) : x;
  return floatToIntExact(Math.trunc(toFloat(x)));
}

/** math.pow: mathmodule.c's own IEEE special cases, libm's pow for finite arguments. */
export function pow(x, y) {
  const a = toFloat(x), b = toFloat(y);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return box(powSpecial(a, b));
  if (a === 0 && b < 0) throw domain();
  if (a < 0 && !Number.isInteger(b)) throw domain();
  try {
    return box(floatPow(a, b));
  } catch {
    // floatPow raises only on overflow here (the domain errors are excluded above).
    throw range();
  }
}

function powSpecial(a, b) {
  if (a !== a) return b === 0 ? 1 : a;
  if (b !== b) return a === 1 ? 1 : b;
  if (a === Infinity || a === -Infinity) {
    const oddY = Number.isFinite(b) && Math.abs(b) % 2 === 1;
    if (b > 0) return oddY ? a : Math.abs(a);
    if (b === 0) return 1;
    return oddY ? (a < 0 ? -0 : 0) : 0;
  }
  if (Math.abs(a) === 1) return 1;
  if (b > 0 && Math.abs(a) > 1) return b;
  if (b < 0 && Math.abs(a) < 1) return -b;
  return 0;
}

export function atan2(y, x) {
  const a = toFloat(y), b = toFloat(x);
  return box(exactAtan2(a, b) ?? Math.atan2(a, b));
}

export function hypot(...xs) {
  return box(vectorNorm(xs.map((x) => Math.abs(toFloat(x)))));
}

export function dist(p, q) {
  const a = p.items ?? p, b = q.items ?? q;
  if (a.length !== b.length) throw pyError('ValueError', 'both points must have the same number of dimensions');
  return box(vectorNorm(a.map((v, i) => Math.abs(toFloat(v) - toFloat(b[i])))));
}

/**
 * The Euclidean norm of non-negative values as CPython's vector_norm (mathmodule.c, 3.11):
 * scaled by a power of two, squared and summed without loss but for two lossy accumulators,
 * then square-rooted with one differential correction. Math.hypot rounds differently.
 */
function vectorNorm(vec) {
  let max = 0;
  let foundNan = false;
  for (const v of vec) {
    if (v !== v) foundNan = true;
    else if (v > max) max = v;
  }
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  return scaledNorm(vec, max);
}

function scaledNorm(vec, max) {
  const MIN_NORMAL = 2.2250738585072014e-308;
  if (max < MIN_NORMAL) {
    // frexp's exponent is below -1022: bring the subnormals up first (exact).
    return MIN_NORMAL * scaledNorm(vec.map((v) => v / MIN_NORMAL), max / MIN_NORMAL);
  }
  // scale = 2**-e with max = m * 2**e, m in [0.5, 1).
  const scale = 2 ** -(Math.floor(Math.log2(max)) + 1);
  const s = max * scale >= 1 ? scale / 2 : max * scale < 0.5 ? scale * 2 : scale;
  let csum = 1, frac1 = 0, frac2 = 0;
  for (const v of vec) {
    const x = v * s;
    const hi = x * x;
    const lo = twoProdLow(x, x, hi);
    const sum = csum + hi;
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const hi = -h * h;
  const lo = twoProdLow(-h, h, hi);
  const sum = csum + hi;
  frac2 += (csum - sum) + hi;
  csum = sum;
  frac1 += lo;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / s;
}

/** The rounding error of the product p = a * b (Dekker's exact product; |a|, |b| < 1 here). */
function twoProdLow(a, b, p) {
  let t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

export function fmod(x, y) {
  const a = toFloat(x), b = toFloat(y);
  if ((a === Infinity || a === -Infinity) && b === b) throw domain();
  if (b === 0 && a === a) throw domain();
  if (b === Infinity || b === -Infinity) return box(a);
  return box(a % b);
}

export function remainder(x, y) {
  const a = toFloat(x), b = toFloat(y);
  if (a !== a || b !== b) return NaN;
  if (a === Infinity || a === -Infinity || b === 0) throw domain();
  if (b === Infinity || b === -Infinity) return box(a);
  const absa = Math.abs(a), absb = Math.abs(b);
  const m = absa % absb;
  const c = absb - m;
  let r;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (absa - m)) % absb);
  // copysign(1.0, x) * r, as mathmodule.c's m_remainder: a zero takes x's sign.
  return box((a < 0 || Object.is(a, -0) ? -1 : 1) * r);
}

export function copysign(x, y) {
  const a = Math.abs(toFloat(x)), b = toFloat(y);
  return box(b < 0 || Object.is(b, -0) || (b !== b && signBitNaN(b)) ? -a : a);
}

function signBitNaN() {
  return false;
}

export function isclose(a, b, relTol = 1e-9, absTol = 0.0) {
  const x = toFloat(a), y = toFloat(b), rt = toFloat(relTol), at = toFloat(absTol);
  if (rt < 0 || at < 0) throw pyError('ValueError', 'tolerances must be non-negative');
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
}

export function modf(x) {
  const v = toFloat(x);
  if (v === Infinity || v === -Infinity) return new Tuple([box(v > 0 ? 0 : -0), box(v)]);
  const ip = Math.trunc(v);
  const fp = v - ip;
  return new Tuple([box(v < 0 || Object.is(v, -0) ? (fp === 0 ? -0 : fp) : fp), box(ip)]);
}

export function frexp(x) {
  const v = toFloat(x);
  if (v === 0 || !Number.isFinite(v)) return new Tuple([box(v), 0]);
  const { m, e: ex } = decompose(v);
  const bits = bigBitLength(m);
  // v = m * 2**ex = (m / 2**bits) * 2**(ex + bits)
  const mant = Number(m) / 2 ** bits;
  return new Tuple([box(v < 0 ? -mant : mant), ex + bits]);
}

export function ldexp(x, i) {
  const v = toFloat(x);
  if (!isIntLike(i)) throw pyError('TypeError', 'Expected an int as second argument to ldexp.');
  const n = big(i);
  if (v === 0 || !Number.isFinite(v)) return box(v);
  if (n > 10000n) throw range();
  if (n < -10000n) return box(v < 0 ? -0 : 0);
  let r = v;
  let k = Number(n);
  // Scale in steps that keep intermediates exact; only the last step rounds.
  while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
  while (k < -1000 && Math.abs(r) >= 2 ** -21) { r *= 2 ** -1000; k += 1000; }
  if (k < -1022) {
    const { m, e: ex } = decompose(r);
    const target = ex + k;
    r = roundShift(m, target, r < 0);
  } else {
    r *= 2 ** k;
  }
  if (!Number.isFinite(r)) throw range();
  return box(r);
}

/** m * 2**e rounded half-even to a (possibly subnormal) double. */
function roundShift(m, e, neg) {
  if (e >= -1074) return (neg ? -1 : 1) * Number(m) * 2 ** e;
  const sh = BigInt(-1074 - e);
  if (sh > 60n + BigInt(bigBitLength(m))) return neg ? -0 : 0;
  let q = m >> sh;
  const rem = m - (q << sh);
  const half = 1n << (sh - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  const r = Number(q) * 2 ** -1074;
  return neg ? -r : r;
}

export function factorial(n) {
  if (!isIntLike(n)) {
    if (n instanceof PyFloat || typeof n === 'number') {
      throw pyError('TypeError', "'float' object cannot be interpreted as an integer");
    }
    throw pyError('TypeError', `'${typeName(n)}' object cannot be interpreted as an integer`);
  }
  const k = big(n);
  if (k < 0n) throw pyError('ValueError', 'factorial() not defined for negative values');
  if (k > 9223372036854775807n) throw pyError('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  return normBig(productRange(1n, k));
}

/** Product of lo..hi by binary splitting (balanced multiplications are much faster). */
function productRange(lo, hi) {
  if (hi < lo) return 1n;
  if (hi - lo < 8n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

export function isqrt(n) {
  const k = toIndex(n);
  if (k < 0n) throw pyError('ValueError', 'isqrt() argument must be nonnegative');
  if (k < 1n << 52n) return Math.floor(Math.sqrt(Number(k)));
  // A float guess from the leading bits (an even shift keeps the root's scale exact).
  const shift = Math.max(0, (bigBitLength(k) - 104) & ~1);
  let x = BigInt(Math.floor(Math.sqrt(Number(k >> BigInt(shift))))) << BigInt(shift >> 1);
  if (x === 0n) x = 1n << BigInt((bigBitLength(k) >> 1) + 1);
  // One Newton step makes any positive guess an overestimate (AM-GM), so the descent below
  // converges; a float guess just under the root would otherwise be raised one by one.
  x = (x + k / x) >> 1n;
  for (;;) {
    const y = (x + k / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > k) x -= 1n;
  while ((x + 1n) * (x + 1n) <= k) x += 1n;
  return normBig(x);
}

function gcd2(a, b) {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function gcd(...xs) {
  let g = 0n;
  for (const x of xs) g = gcd2(g, toIndex(x));
  return normBig(g);
}

export function lcm(...xs) {
  let l = 1n;
  for (const x of xs) {
    const v = toIndex(x);
    if (v === 0n) return 0;
    l = (l / gcd2(l, v)) * (v < 0n ? -v : v);
  }
  return normBig(l < 0n ? -l : l);
}

export function perm(n, k) {
  const N = toIndex(n);
  if (k === undefined || k === null) return factorial(N);
  const K = toIndex(k);
  if (N < 0n) throw pyError('ValueError', 'n must be a non-negative integer');
  if (K < 0n) throw pyError('ValueError', 'k must be a non-negative integer');
  if (K > N) return 0;
  return normBig(productRange(N - K + 1n, N));
}

export function comb(n, k) {
  const N = toIndex(n), K0 = toIndex(k);
  if (N < 0n) throw pyError('ValueError', 'n must be a non-negative integer');
  if (K0 < 0n) throw pyError('ValueError', 'k must be a non-negative integer');
  if (K0 > N) return 0;
  const K = K0 < N - K0 ? K0 : N - K0;
  let r = 1n;
  for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
  return normBig(r);
}

/** math.fsum: exact sum of floats, Shewchuk's algorithm as CPython's math_fsum. */
export function fsum(iterable) {
  const partials = [];
  let specialSum = 0;
  let infSum = 0;
  for (const item of iterable) {
    let x = toFloat(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw pyError('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else {
        partials.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw pyError('ValueError', '-inf + inf in fsum');
    return box(specialSum);
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return box(hi);
}

/** math.prod(iterable, start=1) for numbers, through the given multiply (arith.mul). */
export function prod(iterable, mul, start = 1) {
  let r = start;
  for (const x of iterable) r = mul(r, x);
  return r;
}

export const erf = math1(glibcErf, false);
export const erfc = math1(glibcErfc, false);

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
  32670.0, 1925.0, 66.0, 1.0];

function lanczosSum(x) {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}

export function lgamma(x) {
  const v = toFloat(x);
  if (v !== v) return v;
  if (!Number.isFinite(v)) return Infinity;
  if (Number.isInteger(v) && v <= 2) {
    if (v <= 0) throw domain();
    return box(0.0);
  }
  const absx = Math.abs(v);
  if (absx < 1e-20) return box(-libLog(absx));
  let r = libLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libLog(absx + LANCZOS_G - 0.5) - 1);
  if (v < 0) r = libLog(Math.PI) - libLog(Math.abs(sinpi(absx))) - libLog(absx) - r;
  if (r === Infinity) throw range();
  return box(r);
}

function sinpi(x) {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r;
  switch (n) {
    case 0: r = libSin(Math.PI * y); break;
    case 1: r = libCos(Math.PI * (y - 0.5)); break;
    case 2: r = libSin(Math.PI * (1.0 - y)); break;
    case 3: r = -libCos(Math.PI * (y - 1.5)); break;
    default: r = libSin(Math.PI * (y - 2.0));
  }
  return Math.sign(x) * r;
}

export function gamma(x) {
  const v = toFloat(x);
  if (v !== v) return v;
  if (v === Infinity) return Infinity;
  if (v === -Infinity || (Number.isInteger(v) && v <= 0)) throw domain();
  if (Number.isInteger(v) && v <= 23) {
    let r = 1;
    for (let i = 2; i < v; i++) r *= i;
    return box(r);
  }
  const absx = Math.abs(v);
  if (absx < 1e-20) {
    const r = 1 / v;
    if (r === Infinity || r === -Infinity) throw range();
    return box(r);
  }
  if (absx > 200) {
    if (v < 0) return box(0.0 / sinpi(v));
    throw range();
  }
  const y = absx + LANCZOS_G - 0.5;
  let q, z, r;
  if (absx > LANCZOS_G - 0.5) { q = y - absx; z = q - (LANCZOS_G - 0.5); } else { q = y - (LANCZOS_G - 0.5); z = q - absx; }
  z = z * LANCZOS_G / y;
  if (v < 0) {
    r = -Math.PI / sinpi(absx) / absx * libExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= floatPow(y, absx - 0.5);
    else { const sqrtpow = floatPow(y, absx / 2.0 - 0.25); r /= sqrtpow; r /= sqrtpow; }
  } else {
    r = lanczosSum(absx) / libExp(y);
    r += z * r;
    if (absx < 140) r *= floatPow(y, absx - 0.5);
    else { const sqrtpow = floatPow(y, absx / 2.0 - 0.25); r *= sqrtpow; r *= sqrtpow; }
  }
  if (!Number.isFinite(r)) throw range();
  return box(r);
}

const STEP_F64 = new Float64Array(1);
const STEP_U64 = new BigUint64Array(STEP_F64.buffer);

/** C's nextafter on doubles: the next representable value from x toward y. */
function nextAfter(x, y) {
  if (x !== x || y !== y) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  STEP_F64[0] = x;
  // Away from zero is one more in the bit pattern's magnitude, toward zero one less.
  if ((y > x) === (x > 0)) STEP_U64[0] += 1n;
  else STEP_U64[0] -= 1n;
  return STEP_F64[0];
}

export function nextafter(x, y) {
  return box(nextAfter(toFloat(x), toFloat(y)));
}

export function ulp(x) {
  const v = Math.abs(toFloat(x));
  if (v !== v || v === Infinity) return v;
  const up = nextAfter(v, Infinity);
  if (up === Infinity) return box(v - nextAfter(v, -Infinity));
  return box(up - v);
}
