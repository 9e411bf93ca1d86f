// exp as glibc 2.28+ computes it (sysdeps/ieee754/dbl-64/e_exp.c, from Arm's optimized-routines),
// in the variant its x86-64 build selects on processors with FMA: a 128-entry table of
// 2**(k/128) and a degree-5 polynomial, evaluated with the compiler's fused multiply-adds. It
// is not correctly rounded (0.51 ulp), so a correctly rounded exp differs from CPython's in
// about one argument in 2,000; this reproduces its bits.

import { fma } from './fma.js';

const N = 128;
const INV_LN2_N = 1.4426950408889634 * N;
const NEG_LN2_HI_N = -0.005415212348111709;
const NEG_LN2_LO_N = -1.2864023111638346e-14;
const SHIFT = 6755399441055744.0;
const C2 = 0.49999999999996786;
const C3 = 0.16666666666665886;
const C4 = 0.0416666808410674;
const C5 = 0.008333335853059549;

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

const bitsOf = (x) => {
  F64[0] = x;
  return U64[0];
};
const fromBits = (b) => {
  U64[0] = BigInt.asUintN(64, b);
  return F64[0];
};

let table = null;

/** The bigint square root (floor) of n > 0. */
function isqrt(n) {
  let x = BigInt(Math.floor(Math.sqrt(Number(n >> BigInt(Math.max(0, n.toString(2).length - 100) & ~1)))))
    << BigInt(Math.max(0, n.toString(2).length - 100) >> 1);
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && y - x <= 1n) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/**
 * The table as glibc stores it: for k in [0, 128), the bits of T[k] and of H[k] less k/128 in
 * the exponent field, where H[k] is 2**(k/128) rounded and H[k] * (1 + T[k]) is 2**(k/128).
 * Computed exactly enough in bigints on first use (2**(1/128) by seven square roots).
 */
export function exp2Parts() {
  if (table === null) {
    const F = 240n;
    let root = 2n << F;
    for (let i = 0; i < 7; i++) root = isqrt(root << F);
    table = [];
    let p = 1n << F;
    for (let k = 0; k < N; k++) {
      const h = Number(p) * 2 ** -240; // p is below 2**241: Number rounds it once, half-even
      const hBig = BigInt(h * 2 ** 52) << (F - 52n);
      const t = Number(((p - hBig) << 200n) / hBig) * 2 ** -200;
      table.push(bitsOf(t), bitsOf(h) - (BigInt(k) << 45n));
      p = (p * root) >> F;
    }
  }
  return table;
}

// The table split for 32-bit access: tails as doubles, H's bits as high and low words.
let tails = null, highs = null, lows = null;

function splitTable() {
  const tab = exp2Parts();
  tails = new Float64Array(N);
  highs = new Uint32Array(N);
  lows = new Uint32Array(N);
  for (let k = 0; k < N; k++) {
    tails[k] = fromBits(tab[2 * k]);
    highs[k] = Number(tab[2 * k + 1] >> 32n);
    lows[k] = Number(tab[2 * k + 1] & 0xffffffffn);
  }
}

const U32 = new Uint32Array(F64.buffer);

/** The double whose high and low words are given. */
function fromWords(hi, lo) {
  U32[1] = hi;
  U32[0] = lo;
  return F64[0];
}

/** exp(x) as glibc's FMA build. */
export function glibcExp(x) {
  if (tails === null) splitTable();
  F64[0] = x;
  let abstop = (U32[1] >>> 20) & 0x7ff;
  if (abstop < 0x3c9 || abstop >= 0x408) {
    if (abstop < 0x3c9) return 1.0 + x; // |x| < 2**-54
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0.0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    abstop = 0; // |x| >= 512: the scale may overflow or underflow, see specialCase
  }
  // kd = k + 1.5 * 2**52 holds k in its low word (two's complement).
  let kd = fma(INV_LN2_N, x, SHIFT);
  F64[0] = kd;
  const ki = U32[0];
  kd -= SHIFT;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const idx = ki & (N - 1);
  const tail = tails[idx];
  // sbits = H's bits + (k << 45): k's bits reach the high word shifted by 13.
  const sHigh = (highs[idx] + (ki << 13)) >>> 0;
  const sLow = lows[idx];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (abstop === 0) return specialCase(tmp, sHigh, sLow, ki);
  const scale = fromWords(sHigh, sLow);
  return fma(scale, tmp, scale);
}

/** Results that may overflow or be subnormal: scaled through 2**1009 or 2**-1022. */
function specialCase(tmp, sHigh, sLow, ki) {
  if ((ki & 0x80000000) === 0) {
    const scale = fromWords((sHigh - (1009 << 20)) >>> 0, sLow);
    return 5.486124068793689e+303 * fma(scale, tmp, scale);
  }
  const scale = fromWords((sHigh + (1022 << 20)) >>> 0, sLow);
  // scale * tmp has a second use in another block here, so the compiler does not fuse it.
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1.0) {
    // Rounded to the final precision before the scaling into the subnormal range.
    let lo = (scale - y) + product;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y === 0) y = 0;
  }
  return 2.2250738585072014e-308 * y;
}
