// The Mersenne Twister MT19937 exactly as CPython's _randommodule.c runs it (genrand_uint32,
// init_genrand, init_by_array, genrand_res53, getrandbits), so a seeded generator yields
// CPython's sequence bit for bit. Python-level seeding and the distributions are random.py's.

import { normBig } from './arith.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** One generator: 624 words of state and the index of the next word to temper. */
export class MersenneTwister {
  constructor() {
    this.mt = new Uint32Array(N);
    this.index = N + 1;
  }

  /** init_genrand: the state from one 32-bit word. */
  initGenrand(s) {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: the state from an array of 32-bit words (CPython's seeding). */
  initByArray(key) {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const len = key.length;
    for (let k = N > len ? N : len; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** The next 32-bit word of output, as an unsigned number. */
  nextUint32() {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** genrand_res53: a float in [0, 1) from 27 + 26 bits of two words. */
  random() {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) for k >= 0, as a Python int: words fill from the least significant end. */
  getrandbits(k) {
    if (k === 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.nextUint32();
      const hi = this.nextUint32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let result = 0n;
    let shift = 0n;
    for (; k > 0; k -= 32, shift += 32n) {
      let r = this.nextUint32();
      if (k < 32) r >>>= 32 - k;
      result |= BigInt(r) << shift;
    }
    return normBig(result);
  }
}

/** The init_by_array key of a non-negative int: its 32-bit chunks, least significant first. */
export function keyOfInt(n) {
  if (typeof n === 'number') {
    if (n < 4294967296) return [n >>> 0];
    return [n % 4294967296 >>> 0, Math.floor(n / 4294967296) >>> 0];
  }
  const key = [];
  let b = BigInt(n);
  while (b > 0n) {
    key.push(Number(b & 0xffffffffn));
    b >>= 32n;
  }
  return key.length ? key : [0];
}

export const STATE_WORDS = N;
