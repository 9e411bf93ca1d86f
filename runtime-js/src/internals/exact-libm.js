// log, exp, sin, cos and pow rounded to nearest from double-double (about 100-bit) evaluations.
// CPython's math functions are glibc's, which round correctly in all but a few hard cases, while
// V8's Math.log/exp/sin/cos are off by one ulp for several percent of arguments: random's
// distributions (gauss, expovariate, gammavariate, ...) need glibc's values to reproduce
// CPython's sequences bit for bit. Each function returns undefined where it does not apply
// (non-finite arguments, results outside the normal range), for the caller's ordinary path.

// --- double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi) / 2 ---

const SPLITTER = 134217729; // 2**27 + 1

function twoSum(a, b) {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

function twoProd(a, b) {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ((ah * bh - p) + ah * bl + al * bh) + al * bl];
}

function add(x, y) {
  const [s, e] = twoSum(x[0], y[0]);
  const [t, f] = twoSum(x[1], y[1]);
  const [s2, e2] = twoSum(s, e + t);
  return twoSum(s2, e2 + f);
}

function mul(x, y) {
  const [p, e] = twoProd(x[0], y[0]);
  return twoSum(p, e + (x[0] * y[1] + x[1] * y[0]));
}

function mulD(x, d) {
  const [p, e] = twoProd(x[0], d);
  return twoSum(p, e + x[1] * d);
}

function div(x, y) {
  const q1 = x[0] / y[0];
  const r = add(x, neg(mulD(y, q1)));
  const q2 = r[0] / y[0];
  const r2 = add(r, neg(mulD(y, q2)));
  const q3 = r2[0] / y[0];
  return add(twoSum(q1, q2), [q3, 0]);
}

function neg(x) {
  return [-x[0], -x[1]];
}

const LN2 = [0.6931471805599453, 2.3190468138462996e-17];
const PI_2 = [1.5707963267948966, 6.123233995736766e-17];
const PI_2_LO = -1.4973849048591698e-33; // the third part of pi/2
const ONE = [1, 0];

// 1/n! for the series, as double-doubles; made on first use, not at load: float ** imports
// this file, and a program that never calls it should not pay 30 double-double divisions.
let invFact = null;

function invFactorials() {
  if (invFact === null) {
    invFact = [ONE];
    for (let n = 1; n <= 30; n++) invFact.push(div(invFact[n - 1], [n, 0]));
  }
  return invFact;
}

/** exp of a double-double with |x| < 709, as a double-double. */
function expDD(x) {
  const k = Math.round(x[0] / LN2[0]);
  // r = x - k*ln2, then exp(r) = exp(r / 256) ** 256.
  const r = add(x, neg(mulD(LN2, k)));
  const s = [r[0] / 256, r[1] / 256];
  const inv = invFactorials();
  let term = ONE;
  let sum = ONE;
  for (let n = 1; n <= 12; n++) {
    term = mul(term, s);
    sum = add(sum, mul(term, inv[n]));
  }
  for (let i = 0; i < 8; i++) sum = mul(sum, sum);
  const scale = 2 ** k;
  return [sum[0] * scale, sum[1] * scale];
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** log of a positive, finite, normal double, as a double-double. */
function logDD(x) {
  // x = m * 2**e with m in [sqrt(1/2), sqrt(2)).
  F64[0] = x;
  let e = ((U32[1] >>> 20) & 0x7ff) - 1023;
  U32[1] = (U32[1] & 0x800fffff) | 0x3ff00000;
  let m = F64[0];
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  const f = m - 1; // exact (Sterbenz)
  let lm;
  if (Math.abs(f) < 1 / 32) {
    // log(1 + f) = f - f**2/2 + f**3/3 - ...
    const fd = [f, 0];
    let power = fd;
    lm = fd;
    for (let n = 2; n <= 24; n++) {
      power = mul(power, fd);
      const t = div(power, [n, 0]);
      lm = add(lm, n % 2 === 0 ? neg(t) : t);
    }
  } else {
    // One Newton step from V8's log: y + (m * exp(-y) - 1), the error's own log being negligible.
    const y = Math.log(m);
    const t = add(mulD(expDD([-y, 0]), m), [-1, 0]);
    lm = add([y, 0], add(t, neg(mulD(mul(t, t), 0.5))));
  }
  return e === 0 ? lm : add(mulD(LN2, e), lm);
}

const round = (x) => x[0] + x[1];

const MIN_NORMAL = 2 ** -1022;

/** exp(x) correctly rounded (subnormal and overflowing results included), or undefined for nan. */
export function exactExp(x) {
  if (Math.abs(x) < 700) return round(expDD([x, 0]));
  if (x !== x) return undefined;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  // exp(x) = exp(x - n ln2) * 2**n, scaling the rounded result: exact unless it is subnormal.
  if (x > 0) return round(expDD(add([x, 0], neg(LN2)))) * 2;
  return roundScaled(expDD(add([x, 0], mulD(LN2, 600))), -600);
}

/** A positive double-double times 2**k (k < 0) rounded to nearest, subnormal results included. */
function roundScaled(v, k) {
  const r = round(v) * 2 ** k;
  if (r >= MIN_NORMAL) return r;
  // In units of the smallest subnormal the value is below 2**52: round it to an integer.
  const unit = 2 ** (k + 1074);
  const hi = v[0] * unit, lo = v[1] * unit;
  let n = Math.floor(hi);
  const frac = (hi - n) + lo;
  if (frac > 0.5 || (frac === 0.5 && n % 2 === 1)) n += 1;
  else if (frac < -0.5 || (frac === -0.5 && n % 2 === 1)) n -= 1;
  return n * 5e-324;
}

/** log(x) correctly rounded, or undefined for x not positive, finite and normal. */
export function exactLog(x) {
  if (!(x >= MIN_NORMAL && x < Infinity)) return undefined;
  if (x === 1) return 0;
  return round(logDD(x));
}

/** x ** y for positive x, correctly rounded, or undefined when the result is not a normal double. */
export function exactPow(x, y) {
  if (!(x >= MIN_NORMAL && x < Infinity) || !Number.isFinite(y)) return undefined;
  if (x === 1 || y === 0) return 1;
  const t = mul(logDD(x), [y, 0]);
  if (!(Math.abs(t[0]) < 700)) return undefined;
  return round(expDD(t));
}

/** sin(r) and cos(r) of a double-double with |r| <= pi/4 + a little. */
function sinCosDD(r) {
  const inv = invFactorials();
  const r2 = mul(r, r);
  let s = r;
  let c = ONE;
  let power = r;
  let cpower = ONE;
  for (let n = 1; n <= 13; n++) {
    power = mul(power, r2);
    cpower = mul(cpower, r2);
    const st = mul(power, inv[2 * n + 1]);
    const ct = mul(cpower, inv[2 * n]);
    s = add(s, n % 2 ? neg(st) : st);
    c = add(c, n % 2 ? neg(ct) : ct);
  }
  return [s, c];
}

/** The quadrant k (mod 4) and the remainder x - k*pi/2 as a double-double, for a finite double. */
function reduce(x) {
  return Math.abs(x) < 1048576 ? reduceSmall(x) : reduceLarge(x);
}

/** reduce for |x| < 2**20: pi/2 in three parts. */
function reduceSmall(x) {
  const k = Math.round(x / PI_2[0]);
  const [a, ae] = twoProd(PI_2[0], k);
  const [b, be] = twoProd(PI_2[1], k);
  let r = twoSum(x, -a);
  r = add(r, [-ae, 0]);
  r = add(r, [-b, -be]);
  r = add(r, [-PI_2_LO * k, 0]);
  return [((k % 4) + 4) % 4, r];
}

// 2/pi to TWO_OVER_PI_BITS fractional bits, computed on first use (Machin's formula in bigints).
const TWO_OVER_PI_BITS = 1300;
let twoOverPi = null;

function twoOverPiBits() {
  if (twoOverPi === null) {
    const w = BigInt(TWO_OVER_PI_BITS + 64);
    const one = 1n << w;
    const atanInv = (n) => {
      let term = one / n;
      let sum = term;
      const n2 = n * n;
      for (let k = 3n; term !== 0n; k += 2n) {
        term /= n2;
        sum += (k & 2n ? -term : term) / k;
      }
      return sum;
    };
    const pi = 16n * atanInv(5n) - 4n * atanInv(239n); // pi * 2**w
    twoOverPi = (2n << (w + BigInt(TWO_OVER_PI_BITS))) / pi;
  }
  return twoOverPi;
}

/**
 * reduce for |x| >= 2**20 (Payne and Hanek): x * 2/pi from x's integer mantissa times 2/pi's bits,
 * keeping the quadrant and 160 bits of the fraction.
 */
function reduceLarge(x) {
  F64[0] = Math.abs(x);
  const bexp = (U32[1] >>> 20) & 0x7ff;
  const m = (BigInt(U32[1] & 0xfffff) << 32n | BigInt(U32[0])) | (1n << 52n);
  const e = bexp - 1075; // |x| = m * 2**e
  const shift = BigInt(TWO_OVER_PI_BITS - e);
  const product = m * twoOverPiBits(); // |x| * 2/pi * 2**(shift)
  let q = Number((product >> shift) & 3n);
  let f = (product >> (shift - 160n)) & ((1n << 160n) - 1n);
  if (f >= 1n << 159n) {
    f -= 1n << 160n;
    q = (q + 1) & 3;
  }
  const hi = Number(f);
  const lo = Number(f - BigInt(hi));
  let r = mul([hi * 2 ** -160, lo * 2 ** -160], PI_2);
  if (x < 0) {
    r = neg(r);
    q = (4 - q) & 3;
  }
  return [q, r];
}

/** sin(x) correctly rounded, or undefined for infinities and nan. */
export function exactSin(x) {
  if (!Number.isFinite(x)) return undefined;
  if (x === 0) return x;
  const [q, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  return round(q === 0 ? s : q === 1 ? c : q === 2 ? neg(s) : neg(c));
}

/** cos(x) correctly rounded, or undefined for infinities and nan. */
export function exactCos(x) {
  if (!Number.isFinite(x)) return undefined;
  const [q, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  return round(q === 0 ? c : q === 1 ? neg(s) : q === 2 ? neg(c) : s);
}

/** asin of a double-double with |s| <= 1/2: one Newton step on sin from V8's asin. */
function asinDD(s) {
  const y0 = Math.asin(s[0]);
  const [sn, cs] = sinCosDD([y0, 0]);
  return add([y0, 0], div(add(s, neg(sn)), cs));
}

/** sqrt of a non-negative double as a double-double. */
function sqrtDD(v) {
  const s0 = Math.sqrt(v);
  if (s0 === 0) return [0, 0];
  const [p, pe] = twoProd(s0, s0);
  return twoSum(s0, ((v - p) - pe) / (2 * s0));
}

const PI = [3.141592653589793, 1.2246467991473532e-16];

/** acos(x) correctly rounded, or undefined outside [-1, 1]. */
export function exactAcos(x) {
  if (!(Math.abs(x) <= 1)) return undefined;
  if (Math.abs(x) <= 0.5) return round(add(PI_2, neg(asinDD([x, 0]))));
  // acos(x) = 2 asin(sqrt((1 - x) / 2)) for x > 0, pi - 2 asin(sqrt((1 + x) / 2)) for x < 0;
  // 1 - |x| is exact here.
  const a = asinDD(sqrtDD((1 - Math.abs(x)) / 2));
  const twice = [2 * a[0], 2 * a[1]];
  return round(x > 0 ? twice : add(PI, neg(twice)));
}

const LN10 = [2.302585092994046, -2.1707562233822494e-16];

/** log2(x) correctly rounded, or undefined for x not positive, finite and normal. */
export function exactLog2(x) {
  if (!(x >= MIN_NORMAL && x < Infinity)) return undefined;
  return round(div(logDD(x), LN2));
}

/** log10(x) correctly rounded, or undefined for x not positive, finite and normal. */
export function exactLog10(x) {
  if (!(x >= MIN_NORMAL && x < Infinity)) return undefined;
  return round(div(logDD(x), LN10));
}

/** 2**x correctly rounded, or undefined where the result is not a normal double. */
export function exactExp2(x) {
  if (!(Math.abs(x) < 1000)) return undefined;
  if (Number.isInteger(x)) return 2 ** x;
  return round(expDD(mulD(LN2, x)));
}

/** tan(x) correctly rounded, or undefined for infinities and nan. */
export function exactTan(x) {
  if (!Number.isFinite(x)) return undefined;
  if (x === 0) return x;
  const [q, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  return round(q % 2 === 0 ? div(s, c) : neg(div(c, s)));
}

/** asin(x) correctly rounded, or undefined outside [-1, 1]. */
export function exactAsin(x) {
  if (!(Math.abs(x) <= 1)) return undefined;
  if (x === 0) return x;
  if (Math.abs(x) <= 0.5) return round(asinDD([x, 0]));
  // asin(|x|) = pi/2 - 2 asin(sqrt((1 - |x|) / 2)); 1 - |x| is exact here.
  const a = asinDD(sqrtDD((1 - Math.abs(x)) / 2));
  const r = round(add(PI_2, neg([2 * a[0], 2 * a[1]])));
  return x < 0 ? -r : r;
}

/**
 * atan(x) correctly rounded, or undefined outside 2**-26 <= |x| <= 2**26 (past that, V8's atan
 * is within reach of the rounded result, and Newton's step on tan does not converge near pi/2).
 */
export function exactAtan(x) {
  if (!(Math.abs(x) >= 2 ** -26 && Math.abs(x) <= 2 ** 26)) return undefined;
  const y0 = Math.atan(x);
  // One Newton step on tan: y0 + (x cos y0 - sin y0) cos y0.
  const [q, r] = reduce(y0);
  const [s0, c0] = sinCosDD(r);
  const s = q === 0 ? s0 : q === 1 ? c0 : q === 2 ? neg(s0) : neg(c0);
  const c = q === 0 ? c0 : q === 1 ? neg(s0) : q === 2 ? neg(c0) : s0;
  const d = mul(add(mulD(c, x), neg(s)), c);
  return round(add([y0, 0], d));
}

/**
 * log10(x) as glibc computes it (e_log10.c): k*log10(2) in two parts plus log(m)/ln(10) with
 * the correctly rounded log, m = x / 2**k in [1, 2) (or [0.5, 1) for negative k).
 */
export function glibcLog10(x) {
  if (!(x >= MIN_NORMAL && x < Infinity)) return undefined;
  F64[0] = x;
  const hx = U32[1];
  const k = ((hx >>> 20) & 0x7ff) - 1023;
  const i = k < 0 ? 1 : 0;
  U32[1] = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const m = F64[0];
  const y = k + i;
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * exactLog(m);
  return z + y * 3.01029995663611771306e-01;
}

// glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython's math.cbrt calls: a polynomial
// guess refined by one Halley step, not correctly rounded, so V8's Math.cbrt differs from it.
const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** cbrt(x) as glibc computes it. */
export function glibcCbrt(x) {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  // frexp: |x| = xm * 2**xe with xm in [0.5, 1).
  let a = Math.abs(x);
  let xe = 0;
  if (a < MIN_NORMAL) {
    a *= 2 ** 54;
    xe = -54;
  }
  F64[0] = a;
  xe += ((U32[1] >>> 20) & 0x7ff) - 1022;
  U32[1] = (U32[1] & 0x800fffff) | 0x3fe00000;
  const xm = F64[0];
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
    + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
  // ldexp(ym, xe / 3) with C's truncating division; the result is normal or exactly scaled.
  const k = Math.trunc(xe / 3);
  const r = k < -1000 ? ym * 2 ** -1000 * 2 ** (k + 1000) : ym * 2 ** k;
  return x < 0 ? -r : r;
}

/**
 * atan2(y, x) correctly rounded (glibc's e_atan2 is IBM's correctly rounded algorithm), or
 * undefined when an argument is zero, infinite or nan (the caller's Math.atan2 has C's rules
 * there). One Newton step on f(t) = x sin t - y cos t from V8's atan2.
 */
export function exactAtan2(y, x) {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return undefined;
  const ax = Math.abs(x), ay = Math.abs(y);
  if (ay < ax * 2 ** -60) {
    // atan(t) = t - t**3/3 with t = y/x: t's rounding is atan's, and near pi, pi - t.
    if (x > 0) return y / x;
    const r = round(add(PI, [-(ay / ax), 0]));
    return y < 0 ? -r : r;
  }
  // Scale both by a power of two so the larger is near 1 (exact: the ratio is at least 2**-60).
  F64[0] = Math.max(ax, ay);
  const e = ((U32[1] >>> 20) & 0x7ff) - 1023;
  const scale = e > 0 ? 2 ** -e : 2 ** Math.min(-e, 1000);
  const xs = x * scale, ys = y * scale;
  const t0 = Math.atan2(ys, xs);
  const [q, r] = reduce(t0);
  const [s0, c0] = sinCosDD(r);
  const s = q === 0 ? s0 : q === 1 ? c0 : q === 2 ? neg(s0) : neg(c0);
  const c = q === 0 ? c0 : q === 1 ? neg(s0) : q === 2 ? neg(c0) : s0;
  const f = add(mulD(s, xs), neg(mulD(c, ys)));
  const d = xs * c[0] + ys * s[0];
  return round(add([t0, 0], neg(div(f, [d, 0]))));
}
