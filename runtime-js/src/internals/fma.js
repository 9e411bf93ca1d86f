// fma(a, b, c): a * b + c with one rounding, as C's fma and as the fused multiply-adds the
// compiler forms when it builds glibc's x86-64 FMA variants (expm1, log1p), whose results
// differ in the last bit from separately rounded multiplies and adds. Boldo and Melquiond's
// emulation ("Emulation of FMA and correctly rounded sums: proved algorithms using rounding to
// odd", IEEE TC 2008): an exact product, two exact sums, one sum rounded to odd, then rounded
// to nearest. Products near the overflow or underflow limits fall back to exact bigints.

const SPLITTER = 134217729; // 2**27 + 1
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const U64 = new BigUint64Array(F64.buffer);

/** The sum a + b rounded to odd: the rounded sum, moved one ulp toward the exact one when inexact and even. */
function addRoundOdd(a, b) {
  const s = a + b;
  const bb = s - a;
  const err = (a - (s - bb)) + (b - bb);
  if (err === 0) return s;
  F64[0] = s;
  if ((U32[0] & 1) === 1) return s;
  // Toward err: one more in magnitude when err has s's sign, one less otherwise.
  if ((err > 0) === (s > 0)) U64[0] += 1n;
  else U64[0] -= 1n;
  return F64[0];
}

/** a * b + c rounded once to nearest even. */
export function fma(a, b, c) {
  const p = a * b;
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return p + c;
  // A product that overflows or underflows to zero may still count after c is added.
  if (!Number.isFinite(p) || p === 0) return fmaExact(a, b, c);
  if (c === 0) return p + c;
  const ap = Math.abs(p), ac = Math.abs(c);
  const aa = Math.abs(a), ab = Math.abs(b);
  // Dekker's split and the exact sums need every partial product and sum clear of the limits.
  if (!(aa < 2 ** 500 && aa > 2 ** -450 && ab < 2 ** 500 && ab > 2 ** -450 && ap < 2 ** 990 && ap > 2 ** -860
    && ac < 2 ** 1000 && ac > 2 ** -860)) return fmaExact(a, b, c);
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const ul = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  // (th, tl) = c + ul, (vh, vl) = p + th, both exact.
  const th = c + ul;
  let z = th - c;
  const tl = (c - (th - z)) + (ul - z);
  const vh = p + th;
  z = vh - p;
  const vl = (p - (vh - z)) + (th - z);
  return vh + addRoundOdd(tl, vl);
}

/** A finite nonzero double as [m, e] with value m * 2**e (m a bigint). */
function parts(x) {
  F64[0] = x;
  const bexp = (U32[1] >>> 20) & 0x7ff;
  let m = U64[0] & 0xfffffffffffffn;
  if (bexp !== 0) m |= 1n << 52n;
  return [x < 0 ? -m : m, (bexp === 0 ? 1 : bexp) - 1075];
}

/** fma through exact bigint arithmetic, for operands near the ends of the exponent range. */
function fmaExact(a, b, c) {
  const [ma, ea] = parts(a);
  const [mb, eb] = parts(b);
  const [mc, ec] = parts(c);
  let mp = ma * mb;
  let ep = ea + eb;
  let m2 = mc;
  const e = Math.min(ep, ec);
  mp <<= BigInt(ep - e);
  m2 <<= BigInt(ec - e);
  const sum = mp + m2;
  if (sum === 0n) return a * b + c; // then a * b is exactly -c: the zero IEEE addition gives
  return scaleRound(sum, e);
}

/** The bigint m times 2**e rounded to nearest even (subnormals, overflow to infinity). */
function scaleRound(m, e) {
  const negative = m < 0n;
  let a = negative ? -m : m;
  const bits = a.toString(2).length;
  // Keep 53 bits, or fewer where the result is subnormal (its last bit is 2**-1074).
  let drop = Math.max(bits - 53, -1074 - e);
  if (drop > 0) {
    const d = BigInt(drop);
    const q = a >> d;
    const rem = a - (q << d);
    const half = 1n << (d - 1n);
    a = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    e += drop;
  }
  // a has at most 54 bits here: Number(a) is exact and the power of two scales it exactly.
  let r = Number(a);
  if (e > 971) r = e > 1100 ? Infinity : r * 2 ** 971 * 2 ** (e - 971);
  else if (e < -1022) r = r * 2 ** (e + 1022) * 2 ** -1022;
  else r *= 2 ** e;
  return negative ? -r : r;
}

export { fmaExact };
