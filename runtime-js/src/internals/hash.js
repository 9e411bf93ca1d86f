// Python hash(): https://docs.python.org/3/library/stdtypes.html#hashing-of-numeric-types
// Numbers hash as CPython does (modulo the Mersenne prime 2**61-1, so hash(1) ==
// hash(1.0) == hash(True)); tuples use CPython 3.11's xxHash-based combination.
// CPython randomises str hashes per process, so hashStr only has to be consistent.
// NaN hashes to 0 here (CPython 3.11 hashes it by identity).

import { PyFloat } from '../types/float.js';
import { decompose } from './float-repr.js';
import { normBig } from './arith.js';

const MODULUS = (1n << 61n) - 1n;

/** hash(n) of an int (number, bigint or bool). */
export function hashInt(n) {
  if (typeof n === 'number') return n === -1 ? -2 : n;
  if (typeof n === 'boolean') return n ? 1 : 0;
  const neg = n < 0n;
  let h = (neg ? -n : n) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2 : normBig(h);
}

/** hash(x) of a float (JS number or PyFloat). */
export function hashFloat(x) {
  const v = x instanceof PyFloat ? x.v : x;
  if (Number.isSafeInteger(v)) return v === -1 ? -2 : v + 0;
  if (v !== v) return 0;
  if (v === Infinity) return 314159;
  if (v === -Infinity) return -314159;
  const { m, e } = decompose(v);
  let h;
  if (e >= 0) {
    h = (m << BigInt(e % 61)) % MODULUS;
  } else {
    // 2**-k is 2**(61 - k % 61) modulo 2**61 - 1.
    h = ((m % MODULUS) << BigInt((61 - ((-e) % 61)) % 61)) % MODULUS;
  }
  if (v < 0) h = -h;
  return h === -1n ? -2 : normBig(h);
}

/** A consistent 32-bit hash of a str (FNV-1a over UTF-16 units), never -1; 0 for '' as in CPython. */
export function hashStr(s) {
  if (s.length === 0) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

// CPython's xxHash primes as 32-bit halves: the 64-bit arithmetic below works on (hi, lo)
// pairs of uint32 so that hashing a tuple allocates nothing.
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5;
const TWO32 = 4294967296;

// Results of mul64 and tupleHash64 (a pair of uint32), kept in module variables.
let rHi = 0;
let rLo = 0;

/** (aHi, aLo) * (bHi, bLo) modulo 2**64 into (rHi, rLo). */
function mul64(aHi, aLo, bHi, bLo) {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, b0 = bLo & 0xffff, b1 = bLo >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  rLo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  rHi = (carry + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

/**
 * CPython 3.11 tuplehash of `items` into (rHi, rLo), `itemHash` giving each item's hash
 * (a number or bigint); the -1 special case is left to the caller.
 */
function tupleHash64(items, itemHash) {
  let hi = P5_HI, lo = P5_LO;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const h = itemHash(items[i]);
    let lHi, lLo;
    if (typeof h === 'number') {
      lLo = h >>> 0;
      lHi = Math.floor(h / TWO32) >>> 0;
    } else {
      lLo = Number(BigInt.asUintN(32, h));
      lHi = Number(BigInt.asUintN(32, h >> 32n));
    }
    mul64(lHi, lLo, P2_HI, P2_LO);
    lo += rLo;
    hi = (hi + rHi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    lo >>>= 0;
    const rotHi = ((hi << 31) | (lo >>> 1)) >>> 0;
    lo = ((lo << 31) | (hi >>> 1)) >>> 0;
    hi = rotHi;
    mul64(hi, lo, P1_HI, P1_LO);
    hi = rHi;
    lo = rLo;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539); len < 2**32 only touches the low half.
  const addLo = (n ^ P5_LO ^ 3527539) >>> 0;
  lo += addLo;
  hi = (hi + P5_HI + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  lo >>>= 0;
  if (hi === 0xffffffff && lo === 0xffffffff) {
    hi = 0;
    lo = 1546275796;
  }
  rHi = hi;
  rLo = lo;
}

/** The signed 64-bit value (rHi, rLo) as a normalised Python int. */
function signed64() {
  const v = (rHi | 0) * TWO32 + rLo;
  if (Number.isSafeInteger(v)) return v;
  return BigInt.asIntN(64, (BigInt(rHi) << 32n) | BigInt(rLo));
}

const identity = (h) => h;

/** hash(t) of a tuple from the hashes of its items (CPython 3.11 tuplehash). */
export function hashTuple(itemHashes) {
  tupleHash64(itemHashes, identity);
  return signed64();
}

/** hash(t) of a tuple's `items`, `itemHash` being Python's hash() (no intermediate array). */
export function hashTupleItems(items, itemHash) {
  tupleHash64(items, itemHash);
  return signed64();
}

/**
 * A small int (a V8 Smi) that is a function of the Python hash of a tuple: the xor of
 * the hash's two 32-bit halves, as `bucketOfHash` computes it for any other hash, so
 * equal hashes share a bucket. Allocates nothing.
 */
export function bucketOfTuple(items, itemHash) {
  tupleHash64(items, itemHash);
  return (rHi ^ rLo) & 0x3fffffff;
}

/** The same fold as `bucketOfTuple`, for a Python hash given as a number or bigint. */
export function bucketOfHash(h) {
  if (typeof h === 'number') return ((h >>> 0) ^ (Math.floor(h / TWO32) >>> 0)) & 0x3fffffff;
  const u = BigInt.asUintN(64, h);
  return (Number(u >> 32n) ^ Number(BigInt.asUintN(32, u))) & 0x3fffffff;
}
