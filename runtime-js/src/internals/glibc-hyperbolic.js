// expm1, log1p and the hyperbolic functions as glibc computes them (sysdeps/ieee754/dbl-64:
// s_expm1.c, s_log1p.c, e_sinh.c, e_cosh.c, s_tanh.c, s_asinh.c, e_acosh.c, e_atanh.c), which
// CPython's math module calls. They are Sun's fdlibm, as V8's Math functions are, but glibc
// regroups the polynomials of expm1 and log1p (and its x86-64 build compiles those two with
// fused multiply-adds, reproduced here through fma.js) and calls its own exp (glibc-exp.js) and
// log (correctly rounded but in rare hard cases), so V8's results differ in the last bit for
// about 1% of arguments.

import { exactLog } from './exact-libm.js';
import { glibcExp as exp } from './glibc-exp.js';
import { fma } from './fma.js';

const log = (v) => exactLog(v) ?? Math.log(v);

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** The high 32 bits of x's representation, as a signed int (C's GET_HIGH_WORD into int32_t). */
function highWord(x) {
  F64[0] = x;
  return U32[1] | 0;
}

/** x with its high word replaced (SET_HIGH_WORD). */
function withHighWord(x, hi) {
  F64[0] = x;
  U32[1] = hi;
  return F64[0];
}

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700e+00;
const O_THRESHOLD = 7.09782712893383973096e+02;
const Q = [1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03, -7.93650757867487942473e-05,
  4.00821782732936239552e-06, -2.01099218183624371326e-07];

/** expm1(x) as glibc; Infinity past the overflow threshold. */
export function glibcExpm1(x) {
  let hx = highWord(x);
  const negative = hx < 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) return x !== x ? x : negative ? -1 : x;
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1;
  }
  let k;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi, lo;
    if (hx < 0x3ff0a2b2) {
      if (!negative) {
        hi = x - LN2_HI; lo = LN2_LO; k = 1;
      } else {
        hi = x + LN2_HI; lo = -LN2_LO; k = -1;
      }
    } else {
      k = Math.trunc(fma(INV_LN2, x, negative ? -0.5 : 0.5));
      hi = fma(-k, LN2_HI, x);
      // lo = k * ln2_lo is fused into both of its uses.
      x = fma(-k, LN2_LO, hi);
      c = fma(-k, LN2_LO, hi - x);
    }
    if (lo !== undefined) {
      x = hi - lo;
      c = (hi - x) - lo;
    }
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fma(hxs, Q[1], 1);
  const h2 = hxs * hxs;
  const R2 = fma(hxs, Q[3], Q[2]);
  const h4 = h2 * h2;
  const R3 = fma(hxs, Q[5], Q[4]);
  const r1 = fma(h4, R3, fma(h2, R2, R1));
  let t = fma(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fma(-x, t, 6.0));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return fma(0.5, x - e, -0.5);
  if (k === 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : fma(2.0, x - e, 1);
  let y;
  if (k <= -2 || k > 56) {
    y = 1 - (e - x);
    y = withHighWord(y, highWord(y) + (k << 20));
    return y - 1;
  }
  if (k < 20) {
    t = withHighWord(1, 0x3ff00000 - (0x200000 >> k)); // 1 - 2**-k
    y = t - (e - x);
    y = withHighWord(y, highWord(y) + (k << 20));
  } else {
    t = withHighWord(1, (0x3ff - k) << 20); // 2**-k
    y = x - (e + t);
    y += 1;
    y = withHighWord(y, highWord(y) + (k << 20));
  }
  return y;
}

const LP = [0.0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
  2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01];

/** log1p(x) as glibc: -Infinity at -1, NaN below. */
export function glibcLog1p(x) {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f, hu, c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return fma(-(x * x), 0.5, x);
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0; f = x; hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c = fma(k, LN2_LO, c);
      return fma(k, LN2_HI, c);
    }
    const R = hfsq * fma(-0.66666666666666666, f, 1.0);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -((R - fma(k, LN2_LO, c)) - f));
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const z2 = z * z;
  const R2 = fma(z, LP[3], LP[2]);
  const z4 = z2 * z2;
  const R3 = fma(z, LP[5], LP[4]);
  const z6 = z4 * z2;
  const R4 = fma(z, LP[7], LP[6]);
  // R1 = z * Lp1 is fused with the first sum (the compiler fuses the first multiply it meets).
  const R = fma(z6, R4, fma(z4, R3, fma(z, LP[1], z2 * R2)));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return fma(k, LN2_HI, -((hfsq - (s * (hfsq + R) + fma(k, LN2_LO, c))) - f));
}

/** |x| at or below which exp(|x|/2)**2 / 2 is finite (e_sinh.c's and e_cosh.c's threshold). */
function belowOverflow(ix, x) {
  F64[0] = x;
  return ix < 0x408633ce || (ix === 0x408633ce && U32[0] <= 0x8fb9f87d);
}

/** sinh(x) as glibc; Infinity on overflow. */
export function glibcSinh(x) {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = glibcExpm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  if (belowOverflow(ix, x)) {
    const w = exp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}

/** cosh(x) as glibc; Infinity on overflow. */
export function glibcCosh(x) {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      const t = glibcExpm1(Math.abs(x));
      const w = 1 + t;
      if (ix < 0x3c800000) return w;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  if (belowOverflow(ix, x)) {
    const w = exp(0.5 * Math.abs(x));
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** tanh(x) as glibc. */
export function glibcTanh(x) {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : jx >= 0 ? 1 : -1;
  let z;
  if (ix < 0x40360000) {
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = glibcExpm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = glibcExpm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1;
  }
  return jx >= 0 ? z : -z;
}

const LN2 = 6.93147180559945286227e-01;

/** asinh(x) as glibc. */
export function glibcAsinh(x) {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  if (ix >= 0x7ff00000) return x + x;
  let w;
  if (ix > 0x41b00000) {
    w = log(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = log(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      const t = xa * xa;
      w = glibcLog1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return hx > 0 ? w : -w;
}

/** acosh(x) as glibc: NaN below 1. */
export function glibcAcosh(x) {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + LN2;
  }
  if (x === 1) return 0;
  if (hx > 0x40000000) {
    const t = x * x;
    return log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return glibcLog1p(t + Math.sqrt(2.0 * t + t * t));
}

/** atanh(x) as glibc: NaN outside [-1, 1], infinities at the ends. */
export function glibcAtanh(x) {
  const xa = Math.abs(x);
  let t;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * glibcLog1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) {
    t = 0.5 * glibcLog1p((xa + xa) / (1.0 - xa));
  } else {
    if (xa > 1.0 || x !== x) return NaN;
    return x / 0;
  }
  return x < 0 || Object.is(x, -0) ? -t : t;
}
