// `_taipan_random`: the generator core behind the `random` module (compiled from its Python
// source, compiler resources dev/taipan/stdlib/random.py), in the role of CPython's `_random`:
// seeding, random(), getrandbits(), getstate()/setstate() with `_random.Random`'s checks and
// messages. Each Random instance keeps its MT19937 in the runtime field `$mt`, invisible to
// Python (`vars(r)` shows only `gauss_next`, as in CPython). Not importable by user programs.

import { AttrDict } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { makeFloat, PyFloat } from '../types/float.js';
import { PyBytes } from '../types/bytes.js';
import { PyModule } from '../internals/attribute.js';
import { pyError } from '../internals/errors.js';
import { index } from '../internals/subscript.js';
import { MersenneTwister, keyOfInt, STATE_WORDS } from '../internals/mt19937.js';
import { sha512 } from '../internals/sha512.js';
import { exactLog, exactSin, exactCos, exactAcos, exactPow } from '../internals/exact-libm.js';
import { glibcExp } from '../internals/glibc-exp.js';
import { log as mathLog, exp as mathExp, sin as mathSin, cos as mathCos, acos as mathAcos } from './math.js';
import { pow as power } from '../internals/arith.js';

const INT_MAX = 2147483647;
const ULONG_MAX = (1n << 64n) - 1n;
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

/** Cryptographically strong random bytes from the host (os.urandom). */
function entropy(n) {
  const out = new Uint8Array(n);
  for (let off = 0; off < n; off += 65536) globalThis.crypto.getRandomValues(out.subarray(off, Math.min(n, off + 65536)));
  return out;
}

/** random_seed_urandom: a key of 624 words of entropy. */
function seedFromEntropy(gen) {
  const bytes = entropy(STATE_WORDS * 4);
  gen.initByArray(new Uint32Array(bytes.buffer));
}

/** The generator of `self`, created (and seeded from entropy) on first use. */
function generatorOf(self) {
  let gen = self.$mt;
  if (gen === undefined) {
    gen = new MersenneTwister();
    seedFromEntropy(gen);
    self.$mt = gen;
  }
  return gen;
}

/** PyLong_AsUnsignedLong of a state word, truncated to 32 bits as random_setstate does. */
function stateWord(x) {
  if (typeof x === 'boolean') return +x;
  if (!(typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x)))) {
    throw pyError('TypeError', 'an integer is required');
  }
  if (x < 0) throw pyError('OverflowError', "can't convert negative value to unsigned int");
  const b = BigInt(x);
  if (b > ULONG_MAX) throw pyError('OverflowError', 'Python int too large to convert to C unsigned long');
  return Number(b & 0xffffffffn);
}

/** A float or int argument as a JS number, or undefined for other objects. */
function plainNumber(x) {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat) return x.v;
  return undefined;
}

/** math's function `f`, correctly rounded by `exact` where it applies (see exact-libm.js). */
function rounded(exact, f) {
  return (x) => {
    const v = plainNumber(x);
    const r = v === undefined ? undefined : exact(v);
    return r === undefined ? f(x) : makeFloat(r);
  };
}

const attrs = new AttrDict();
Object.assign(attrs, {
  /** _random.Random.seed of None (entropy) or of a non-negative int (init_by_array of its words). */
  seed: (self, n) => {
    const gen = self.$mt ?? (self.$mt = new MersenneTwister());
    if (n === undefined) seedFromEntropy(gen);
    else gen.initByArray(keyOfInt(typeof n === 'boolean' ? +n : n));
  },
  random: (self) => makeFloat(generatorOf(self).random()),
  getrandbits: (self, k) => {
    k = index(k);
    if (k < 0) throw pyError('ValueError', 'number of bits must be non-negative');
    if (k > INT_MAX) throw pyError('OverflowError', 'Python int too large to convert to C int');
    return generatorOf(self).getrandbits(Number(k));
  },
  getstate: (self) => {
    const gen = generatorOf(self);
    return new Tuple([...gen.mt, gen.index]);
  },
  setstate: (self, state) => {
    if (!(state instanceof Tuple)) throw pyError('TypeError', 'state vector must be a tuple');
    if (state.items.length !== STATE_WORDS + 1) throw pyError('ValueError', 'state vector is the wrong size');
    const words = new Uint32Array(STATE_WORDS);
    for (let i = 0; i < STATE_WORDS; i++) words[i] = stateWord(state.items[i]);
    let idx = index(state.items[STATE_WORDS]);
    if (typeof idx === 'bigint' && (idx < LONG_MIN || idx > LONG_MAX)) {
      throw pyError('OverflowError', 'Python int too large to convert to C long');
    }
    idx = Number(idx);
    if (idx < 0 || idx > STATE_WORDS) throw pyError('ValueError', 'invalid state');
    const gen = generatorOf(self);
    gen.mt.set(words);
    gen.index = idx;
  },
  // The math functions of random's distributions, rounded as glibc's (CPython's) are.
  log: rounded(exactLog, (x) => mathLog(x)),
  exp: rounded(glibcExp, mathExp),
  sin: rounded(exactSin, mathSin),
  cos: rounded(exactCos, mathCos),
  acos: rounded(exactAcos, mathAcos),
  /** x ** y, correctly rounded for a positive float x and a fractional float y. */
  pow: (x, y) => {
    const a = plainNumber(x);
    const b = plainNumber(y);
    if (a !== undefined && b !== undefined && !Number.isInteger(b) && (!Number.isInteger(a) || x instanceof PyFloat)) {
      const r = exactPow(a, b);
      if (r !== undefined) return makeFloat(r);
    }
    return power(x, y);
  },
  /** The 64-byte SHA-512 digest of a bytes object (for str and bytes seeds). */
  sha512: (data) => new PyBytes(sha512(data.data)),
  /** os.urandom(n), for SystemRandom. */
  urandom: (n) => new PyBytes(entropy(n)),
});

/** The module object for `import _taipan_random` in random.py. */
export const _taipan_random = new PyModule('_taipan_random', attrs);
