// The insertion-ordered hash table behind dict, set and frozenset, keyed by Python's
// __hash__/__eq__ (https://docs.python.org/3/reference/datamodel.html#object.__hash__).
// Keys are kept in arrays in insertion order (as CPython's compact dict does). ints, floats,
// bools, strs and None are normalised to one JS primitive per Python equality class
// (`1`, `1.0` and `True` all become `1`) and indexed by a JS Map; every other key is indexed
// by a bucket number in a second Map (one position, or an array of them on a collision)
// and compared with Python equality.
//
// A bucket only has to be equal for equal keys. Tuples, by far the commonest object keys,
// get a cheap 32-bit mix of their items' hashes instead of CPython's 64-bit xxHash (which
// `hash(t)` still computes): equal tuples have equal item hashes, so they share a bucket.
// A tuple can only equal a non-tuple object through a user __eq__ whose class hashes like
// the tuple, so the first non-tuple object key a table sees switches it (for good) to
// buckets folded from Python's hash() for every object key, tuples included.
//
// Pairs of small ints (`(x, y)` grid cells, the commonest tuple keys) are cheaper still:
// each pair packs into one small int that is equal exactly for equal pairs (1, 1.0 and
// True pack alike), indexed by a PairIndex (internals/pair-index.js: open addressing over
// Int32Arrays) without touching the stored key. Only a pair
// holding an object that might define __eq__ (a "foreign" item), or a non-tuple object
// key, could equal a packed pair without packing like it, so either moves the packed
// pairs (for good) into the buckets.
//
// An object with its own __eq__ may equal a primitive key (`Fraction(1, 2) == 0.5`, with equal
// hashes), so a general table (one that has seen a non-tuple object key) also links its
// primitive keys into the buckets, and a primitive that misses the Map is looked for there.
//
// Counting (`d[k] = d.get(k, 0) + 1`) and membership-then-store patterns look the same key up
// twice in a row, so the table remembers the last Map key it found or stored, and the
// position: a repeat costs one `===` instead of a second Map lookup (V8 keeps a string's hash
// in the string, but the Map still has to probe and compare). Positions never move while an
// entry lives; removing an entry or rebuilding the table forgets the remembered one.

import { PyFloat, makeFloat } from '../types/float.js';
import { Tuple } from '../types/tuple.js';
import { PyValueSub } from '../types/value-subclass.js';
import { lookup, complexType } from '../types/type.js';
import { hashStr } from './hash.js';
import { pyError } from './errors.js';
import { PairIndex } from './pair-index.js';

export const DELETED = Symbol('deleted');

let hashFn = null;
let eqFn = null;
let bucketFn = null;

/**
 * Installs Python's hash() and == for non-primitive keys (done once by the protocol module),
 * and `bucket`: a JS number that is a function of hash(key) (so equal hashes share a
 * bucket) and calls the same __hash__ methods, but need not allocate a bigint.
 */
export function setKeyProtocol(hash, eq, bucket = hash) {
  hashFn = hash;
  eqFn = eq;
  bucketFn = bucket;
}

/** Python's hash() of a key (as installed by the protocol module). */
export function keyHash(key) {
  return hashFn(key);
}

/** The primitive that stands for `key` in the JS Map, or DELETED when the key is an object. */
function normalise(key) {
  switch (typeof key) {
    case 'number':
    case 'string':
    case 'bigint':
    case 'undefined':
      return key;
    case 'boolean':
      return key ? 1 : 0;
    default:
      if (key instanceof PyFloat) {
        const v = key.v;
        if (v !== v) return DELETED;
        if (v === 0) return 0;
        return Number.isSafeInteger(v) || !Number.isFinite(v) ? v : BigInt(v);
      }
      if (key instanceof PyValueSub) return valueSubKey(key);
      // A complex with a zero imaginary part is the same key as its real part (1+0j == 1).
      if (key.$cls === complexType) return key.im === 0 ? normalise(makeFloat(key.re)) : DELETED;
      return DELETED;
  }
}

/**
 * An int/float/str subclass instance is the same key as its value when its class keeps the
 * base type's `__hash__` and `__eq__`; otherwise the class's own methods decide (DELETED).
 */
function valueSubKey(key) {
  const k = slotKey(key);
  return k === key ? DELETED : normalise(k);
}

/** The key whose slot (packed pair, bucket) `key` takes: its plain value when its class keeps the base's hash and eq. */
function slotKey(key) {
  if (!(key instanceof PyValueSub)) return key;
  const t = key.$cls;
  const base = t.$mro.find((c) => c.$heap !== true);
  if (lookup(t, '__hash__') !== base.$dict.__hash__ || lookup(t, '__eq__') !== lookup(base, '__eq__')) return key;
  return key.$v;
}

/** A 32-bit fold of a Python hash (a number or bigint); an int32 hash folds to itself. */
function foldHash(h) {
  if (typeof h === 'number') return (h | 0) === h ? h : ((h >>> 0) ^ Math.floor(h / 4294967296)) | 0;
  return Number(BigInt.asIntN(32, h ^ (h >> 32n)));
}

/** A 32-bit number equal for Python-equal tuple items: the item's hash, folded. */
function itemCode(x) {
  switch (typeof x) {
    case 'number':
      if ((x | 0) === x) return x === -1 ? -2 : x;
      break;
    case 'string':
      return hashStr(x);
    case 'boolean':
      return x ? 1 : 0;
    default:
      if (x instanceof Tuple) return tupleBucket(x.items);
  }
  return foldHash(hashFn(x));
}

/** The cheap bucket of a tuple (a V8 small int), a function of its items' hashes. */
function tupleBucket(items) {
  const n = items.length;
  let h = 0x27d4eb2f ^ n;
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ itemCode(items[i]), 0x9e3779b1);
    h ^= h >>> 15;
  }
  return h & 0x3fffffff;
}

/** Python equality of two keys, comparing tuples of strs and numbers without the protocol. */
function keyEq(a, b) {
  if (a instanceof Tuple && b instanceof Tuple) {
    const x = a.items;
    const y = b.items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) {
      const p = x[i];
      const q = y[i];
      if (p === q) continue;
      const t = typeof p;
      if (t !== typeof q || (t !== 'string' && (t !== 'number' || p !== p || q !== q))) return eqFn(a, b);
      return false;
    }
    return true;
  }
  return eqFn(a, b);
}

const PAIR_BIAS = 16384;
const NOT_PACKED = -1;
const FOREIGN = -2;
/** What `findPair` answers when only the real tuple key can be looked up. */
export const CANNOT_TELL = -2;

/** An item of a packed pair: 0..32767 for an int in [-16384, 16384), or NOT_PACKED/FOREIGN. */
function pairItem(x) {
  switch (typeof x) {
    case 'number':
      return (x | 0) === x && x >= -PAIR_BIAS && x < PAIR_BIAS ? x + PAIR_BIAS : NOT_PACKED;
    case 'boolean':
      return x ? PAIR_BIAS + 1 : PAIR_BIAS;
    case 'object':
      if (x === null || x instanceof Tuple) return NOT_PACKED;
      if (x instanceof PyFloat) {
        const v = x.v;
        return (v | 0) === v && v >= -PAIR_BIAS && v < PAIR_BIAS ? v + PAIR_BIAS : NOT_PACKED;
      }
      return FOREIGN;
    case 'function':
      return FOREIGN;
    default:
      return NOT_PACKED;
  }
}

/** The packed code (a small int) of a tuple key, or NOT_PACKED, or FOREIGN. */
function pairCode(items) {
  if (items.length !== 2) return NOT_PACKED;
  const a = pairItem(items[0]);
  const b = pairItem(items[1]);
  if (a === FOREIGN || b === FOREIGN) return FOREIGN;
  if (a < 0 || b < 0) return NOT_PACKED;
  return (a << 15) | b;
}

export class HashTable {
  constructor() {
    this.k = [];
    this.v = [];
    this.index = new Map();
    /** bucket -> position, or an array of positions (null until an object key is stored) */
    this.buckets = null;
    /** true once tuples are bucketed by Python's hash (see the file comment) */
    this.general = false;
    /** packed pair -> position, a PairIndex (null until a pair is stored) */
    this.pairs = null;
    /** true once pairs are no longer packed (see the file comment) */
    this.unpacked = false;
    this.size = 0;
    /** the last primitive key found or stored in `index`, and its position */
    this.lastP = DELETED;
    this.lastI = -1;
    /** the last packed pair found or stored in `pairs` (-1: none), and its position */
    this.lastPair = -1;
    this.lastPairI = -1;
  }

  /** The position of primitive `p` in `index`, or -1. */
  findPrimitive(p) {
    if (p === this.lastP) return this.lastI;
    const i = this.index.get(p);
    if (i === undefined) return -1;
    this.lastP = p;
    this.lastI = i;
    return i;
  }

  /** The position of packed pair `c`, or -1. */
  findPacked(c) {
    if (c === this.lastPair) return this.lastPairI;
    const pairs = this.pairs;
    if (pairs === null) return -1;
    const i = pairs.get(c);
    if (i < 0) return -1;
    this.lastPair = c;
    this.lastPairI = i;
    return i;
  }

  /** The packed code of `key` when the table packs it, else -1 (unpacking when it must). */
  packed(key) {
    key = slotKey(key);
    if (this.unpacked || !(key instanceof Tuple)) return -1;
    const c = pairCode(key.items);
    if (c === FOREIGN) {
      this.unpack();
      return -1;
    }
    return c;
  }

  unpack() {
    this.unpacked = true;
    const pairs = this.pairs;
    if (pairs === null) return;
    this.pairs = null;
    this.lastPair = -1;
    for (const i of pairs.values()) this.link(this.bucketOf(this.k[i]), i);
  }

  /** The bucket of an object key, switching the table to general buckets when it must. */
  bucketOf(key) {
    key = slotKey(key);
    if (key instanceof Tuple) return this.general ? bucketFn(key) : tupleBucket(key.items);
    const h = bucketFn(key);
    if (!this.general) this.makeGeneral();
    return h;
  }

  makeGeneral() {
    this.unpack();
    this.general = true;
    this.buckets = null;
    const ks = this.k;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== DELETED) this.link(bucketFn(k), i);
    }
  }

  /** Adds position `i` to bucket `h`. */
  link(h, i) {
    if (this.buckets === null) this.buckets = new Map();
    const e = this.buckets.get(h);
    if (e === undefined) this.buckets.set(h, i);
    else if (typeof e === 'number') this.buckets.set(h, [e, i]);
    else e.push(i);
  }

  /** Removes position `i` from bucket `h`. */
  unlink(h, i) {
    const e = this.buckets.get(h);
    if (typeof e === 'number') {
      this.buckets.delete(h);
    } else {
      e.splice(e.indexOf(i), 1);
      if (e.length === 1) this.buckets.set(h, e[0]);
    }
  }

  /** The position of `key`, or -1. */
  find(key) {
    // A str (the commonest key) is its own Map key: no normalising, no object paths.
    if (typeof key === 'string') {
      if (key === this.lastP) return this.lastI;
      const i = this.index.get(key);
      if (i !== undefined) {
        this.lastP = key;
        this.lastI = i;
        return i;
      }
      return this.general ? this.findObject(key, bucketFn(key)) : -1;
    }
    const p = normalise(key);
    if (p !== DELETED) {
      const i = this.findPrimitive(p);
      return i >= 0 || !this.general ? i : this.findObject(key, bucketFn(key));
    }
    const c = this.packed(key);
    if (c >= 0) return this.findPacked(c);
    return this.findObject(key, this.bucketOf(key));
  }

  /**
   * The position of the key `(a, b)` (a 2-tuple not yet built), -1 when absent, or
   * CANNOT_TELL when the items do not pack or the table no longer packs pairs: then only
   * `find` of the real tuple answers (and unpacks the table when it must).
   */
  findPair(a, b) {
    if (this.unpacked) return CANNOT_TELL;
    const x = pairItem(a);
    const y = pairItem(b);
    if (x < 0 || y < 0) return CANNOT_TELL;
    return this.findPacked((x << 15) | y);
  }

  /**
   * `put` of the key `(a, b)` when the pair packs, building the tuple only for a new key;
   * false (nothing done) when only `put` of the real tuple can tell.
   */
  putPair(a, b, value) {
    if (this.unpacked) return false;
    const x = pairItem(a);
    const y = pairItem(b);
    if (x < 0 || y < 0) return false;
    const p = (x << 15) | y;
    const i = this.findPacked(p);
    if (i >= 0) {
      this.v[i] = value;
      return true;
    }
    if (this.pairs === null) this.pairs = new PairIndex();
    this.pairs.set(p, this.k.length);
    this.lastPair = p;
    this.lastPairI = this.k.length;
    this.k.push(new Tuple([a, b]));
    this.v.push(value);
    this.size++;
    return true;
  }

  /** The position of object key `key` in bucket `h`, or -1. */
  findObject(key, h) {
    if (this.buckets === null) return -1;
    const e = this.buckets.get(h);
    if (e === undefined) return -1;
    const ks = this.k;
    if (typeof e === 'number') {
      const k = ks[e];
      return k === key || keyEq(k, key) ? e : -1;
    }
    for (let j = 0; j < e.length; j++) {
      const i = e[j];
      const k = ks[i];
      if (k === key || keyEq(k, key)) return i;
    }
    return -1;
  }

  /** Sets `key` to `value`, keeping the position (and the original key) when it is present. */
  put(key, value) {
    // Storing the str just looked up (`d[w] = d.get(w, 0) + 1`): the remembered position is live.
    if (typeof key === 'string' && key === this.lastP) {
      this.v[this.lastI] = value;
      return;
    }
    let p = normalise(key);
    if (p !== DELETED) {
      const i = this.find(key);
      if (i >= 0) {
        this.v[i] = value;
        return;
      }
      if (this.general) this.link(bucketFn(key), this.k.length);
      this.index.set(p, this.k.length);
      this.lastP = p;
      this.lastI = this.k.length;
    } else if ((p = this.packed(key)) >= 0) {
      const i = this.findPacked(p);
      if (i >= 0) {
        this.v[i] = value;
        return;
      }
      if (this.pairs === null) this.pairs = new PairIndex();
      this.pairs.set(p, this.k.length);
      this.lastPair = p;
      this.lastPairI = this.k.length;
    } else {
      const h = this.bucketOf(key);
      const i = this.findObject(key, h);
      if (i >= 0) {
        this.v[i] = value;
        return;
      }
      this.link(h, this.k.length);
    }
    this.k.push(key);
    this.v.push(value);
    this.size++;
  }

  /** Removes the entry at position `i` (found by `find`). */
  removeAt(i) {
    this.lastP = DELETED;
    this.lastPair = -1;
    const key = this.k[i];
    let p = normalise(key);
    if (p !== DELETED) {
      this.index.delete(p);
      if (this.general) this.unlink(bucketFn(key), i);
    } else if ((p = this.packed(key)) >= 0) {
      this.pairs.delete(p);
    } else {
      this.unlink(this.bucketOf(key), i);
    }
    this.k[i] = DELETED;
    this.v[i] = undefined;
    this.size--;
    if (this.k.length > 16 && this.size * 2 < this.k.length) this.compact();
  }

  compact() {
    const ks = this.k;
    const vs = this.v;
    const general = this.general;
    const unpacked = this.unpacked;
    this.clear();
    this.general = general;
    this.unpacked = unpacked;
    for (let i = 0; i < ks.length; i++) if (ks[i] !== DELETED) this.put(ks[i], vs[i]);
  }

  clear() {
    this.k = [];
    this.v = [];
    this.index = new Map();
    this.buckets = null;
    this.general = false;
    this.pairs = null;
    this.unpacked = false;
    this.size = 0;
    this.lastP = DELETED;
    this.lastPair = -1;
  }

  /** Iterates positions in insertion order, failing as CPython does when the size changes. */
  *positions(what) {
    const size = this.size;
    const ks = this.k;
    for (let i = 0; i < this.k.length; i++) {
      if (this.size !== size || this.k !== ks) {
        throw pyError('RuntimeError', `${what} changed size during iteration`);
      }
      if (ks[i] !== DELETED) yield i;
    }
    if (this.size !== size) throw pyError('RuntimeError', `${what} changed size during iteration`);
  }
}

export const KEYS = 0;
export const VALUES = 1;
export const ITEMS = 2;
export const ENTRIES = 3;

/**
 * A JS iterator over a table's keys, values, items (as tuples) or entries ([key, value]
 * arrays) in insertion order; like `positions`, it fails when the size changes or the
 * table is rebuilt, and once exhausted it stays exhausted.
 */
export class TableIterator {
  constructor(table, kind, what) {
    this.table = table;
    this.kind = kind;
    this.what = what;
    this.ks = table.k;
    this.size = table.size;
    this.i = 0;
  }

  next() {
    const t = this.table;
    if (t === null) return { value: undefined, done: true };
    const ks = this.ks;
    for (;;) {
      if (t.size !== this.size || t.k !== ks) {
        throw pyError('RuntimeError', `${this.what} changed size during iteration`);
      }
      const i = this.i;
      if (i >= ks.length) {
        this.table = null;
        return { value: undefined, done: true };
      }
      this.i = i + 1;
      const k = ks[i];
      if (k === DELETED) continue;
      switch (this.kind) {
        case KEYS: return { value: k, done: false };
        case VALUES: return { value: t.v[i], done: false };
        case ITEMS: return { value: new Tuple([k, t.v[i]]), done: false };
        default: return { value: [k, t.v[i]], done: false };
      }
    }
  }

  [Symbol.iterator]() {
    return this;
  }
}
