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

/** A consistent 32-bit hash of a str (FNV-1a over UTF-16 units), never -1. */
export function hashStr(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const MASK64 = (1n << 64n) - 1n;

/** hash(t) of a tuple from the hashes of its items (CPython 3.11 tuplehash). */
export function hashTuple(itemHashes) {
  let acc = XXPRIME_5;
  for (let i = 0; i < itemHashes.length; i++) {
    const lane = BigInt.asUintN(64, BigInt(itemHashes[i]));
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796;
  return normBig(BigInt.asIntN(64, acc));
}
