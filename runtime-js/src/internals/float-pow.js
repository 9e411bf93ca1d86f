// CPython's float ** float (Objects/floatobject.c float_pow) with results that match the C
// library CPython calls: glibc's pow is correctly rounded in practice, V8's Math.pow is not
// (10 ** -5 is 9.999999999999999e-06 there), so integral exponents are computed exactly and
// fractional ones from a double-double evaluation.

import { pyError } from './errors.js';
import { exactPow } from './exact-libm.js';

// A negative base and a fractional exponent give a complex result, as CPython's float_pow hands
// them to complex's power; types/complex.js installs it (generated code that uses `**` or
// `pow` loads that file), so programs without powers do not ship complex numbers.
let complexPower = null;

/** Installs complex ** complex on two floats (types/complex.js). */
export function setComplexPower(f) {
  complexPower = f;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const MIN_NORMAL = 2 ** -1022;

// Past this many bits in the exact power (|x| within about 2**-17 of 1 and a huge exponent)
// the result falls back to Math.pow, which may be 1 ulp off.
const EXACT_BITS_LIMIT = 1 << 17;

function isOddInteger(w) {
  return Number.isInteger(w) && Math.abs(w % 2) === 1;
}

/** CPython's float_pow on two doubles (the special cases differ from JS `**`). */
export function floatPow(iv, iw) {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if ((iw > 0) === (av > 1.0)) return Infinity;
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      if (complexPower !== null) return complexPower(iv, iw);
      throw pyError('ValueError', 'negative number cannot be raised to a fractional power (complex results are not supported)');
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix;
  if (Number.isInteger(iw)) ix = powIntegral(iv, iw);
  else if (iw === 0.5) ix = Math.sqrt(iv); // the correctly rounded pow(x, 0.5) is sqrt(x)
  else ix = exactPow(iv, iw) ?? Math.pow(iv, iw);
  if (ix === Infinity) throw pyError('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -ix : ix;
}

/** x ** n correctly rounded, for finite x > 0 and integral n != 0; Infinity on overflow. */
export function powIntegral(x, n) {
  // Single IEEE operations are correctly rounded, subnormal results included.
  if (n === 1) return x;
  if (n === 2) return x * x;
  if (n === -1) return 1 / x;
  // x = m * 2**e with m odd.
  F64[0] = x;
  const hi = U32[1], lo = U32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let m = ((hi & 0xfffff) + (bexp === 0 ? 0 : 0x100000)) * 4294967296 + lo;
  let e = bexp === 0 ? -1074 : bexp - 1075;
  const mhi = Math.floor(m / 4294967296);
  const tz = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 63 - Math.clz32(mhi & -mhi);
  m /= 2 ** tz;
  e += tz;
  const bits = m < 4294967296 ? 32 - Math.clz32(m) : 64 - Math.clz32(m / 4294967296);
  const an = Math.abs(n);
  if (bits * an <= 53) {
    // m ** |n| is an exact double; 1 / that is one correct rounding; scaling by a power of two
    // is exact as long as the result stays normal.
    let p = 1, b = m, k = an;
    while (k > 0) {
      if (k & 1) p *= b;
      k >>>= 1;
      if (k > 0) b *= b;
    }
    const r = scale2(n > 0 ? p : 1 / p, e * n);
    if (r === Infinity || r >= MIN_NORMAL) return r;
  }
  // Results far outside the double range need no exact computation.
  const lg = n * Math.log2(x);
  if (lg > 1030) return Infinity;
  if (lg < -1080) return 0;
  if (an <= 64 && lg < 900 && lg > -900) {
    const r = powDoubleDouble(x, n);
    if (r !== 0) return r;
  }
  if (bits * an > EXACT_BITS_LIMIT) return Math.pow(x, n);
  const pm = BigInt(m) ** BigInt(an);
  return n > 0 ? roundQuotient(pm, 1n, e * n) : roundQuotient(1n, pm, e * n);
}

// Double-double arithmetic (Dekker's exact product without FMA), valid while every value
// stays within 2**±900.
let ddHi = 0, ddLo = 0;

function ddMul(ah, al, bh, bl) {
  const p = ah * bh;
  const ca = 134217729 * ah, ahh = ca - (ca - ah), ahl = ah - ahh;
  const cb = 134217729 * bh, bhh = cb - (cb - bh), bhl = bh - bhh;
  const err = ((ahh * bhh - p) + ahh * bhl + ahl * bhh) + ahl * bhl + (ah * bl + al * bh);
  ddHi = p + err;
  ddLo = err - (ddHi - p);
}

/**
 * x ** n for |n| <= 64 with every power of x within 2**±900: computed to about 2**-95
 * relative, returned when that decides the rounding, else 0 (left to the exact path).
 */
function powDoubleDouble(x, n) {
  let rh = 1, rl = 0, bh = x, bl = 0, k = Math.abs(n);
  while (true) {
    if (k & 1) { ddMul(rh, rl, bh, bl); rh = ddHi; rl = ddLo; }
    k >>>= 1;
    if (k === 0) break;
    ddMul(bh, bl, bh, bl); bh = ddHi; bl = ddLo;
  }
  if (n < 0) {
    // 1 / (rh + rl): one Newton step on q1 = 1 / rh.
    const q1 = 1 / rh;
    const p = q1 * rh;
    const c = 134217729 * q1, qh = c - (c - q1), ql = q1 - qh;
    const d = 134217729 * rh, hh = d - (d - rh), hl = rh - hh;
    const pe = ((qh * hh - p) + qh * hl + ql * hh) + ql * hl;
    const q2 = (((1 - p) - pe) - q1 * rl) * q1;
    rh = q1 + q2;
    rl = q2 - (rh - q1);
  }
  const r = rh + rl;
  const dist = (rh - r) + rl; // exact value minus r, up to the error bound
  F64[0] = r;
  const bexp = (U32[1] >>> 20) & 0x7ff;
  if (bexp === 0) return 0;
  let halfGap = pow2(bexp - 1076);
  if (dist < 0 && U32[0] === 0 && (U32[1] & 0xfffff) === 0) halfGap /= 2;
  return Math.abs(dist) + r * 2 ** -95 < halfGap ? r : 0;
}

/** v * 2**j, exact when the result is a normal double (intermediate steps stay between v and it). */
function scale2(v, j) {
  while (j > 1000) { v *= 2 ** 1000; j -= 1000; if (v === Infinity) return v; }
  while (j < -1000) { v *= 2 ** -1000; j += 1000; if (v < MIN_NORMAL) return v; }
  return v * pow2(j);
}

/** 2**j as a double for -1074 <= j <= 1023, built from its bits. */
function pow2(j) {
  if (j >= -1022) {
    U32[1] = (j + 1023) << 20;
    U32[0] = 0;
  } else if (j >= -1042) {
    U32[1] = 1 << (j + 1074 - 32);
    U32[0] = 0;
  } else {
    U32[1] = 0;
    U32[0] = 2 ** (j + 1074);
  }
  return F64[0];
}

/** Bit length of a positive bigint. */
function bitLength(n) {
  const h = n.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/**
 * a / b * 2**k rounded half-to-even to a double (subnormals included), for positive bigints
 * a and b; Infinity when it rounds past the largest double.
 */
export function roundQuotient(a, b, k) {
  let E = bitLength(a) - bitLength(b);
  // Exact binary exponent of a / b: 2**(E-1) <= a/b < 2**E.
  if (E >= 0 ? a >= b << BigInt(E) : a << BigInt(-E) >= b) E += 1;
  const top = E + k;
  if (top > 1025) return Infinity;
  if (top < -1076) return 0;
  // Keep 55 bits (2 below the last place), or down to a quarter of the smallest subnormal.
  const s = 55 - Math.max(top, -1021);
  const shift = s + k;
  let q, r;
  if (shift >= 0) { const num = a << BigInt(shift); q = num / b; r = num % b; }
  else { const den = b << BigInt(-shift); q = a / den; r = a % den; }
  if (r !== 0n) q |= 1n;
  const low = q & 3n;
  q >>= 2n;
  if (low > 2n || (low === 2n && (q & 1n) === 1n)) q += 1n;
  // q <= 2**53 and -1074 <= 2 - s <= 972: one exact product (or the overflow to Infinity).
  return Number(q) * pow2(2 - s);
}
