// The insertion-ordered hash table behind dict, set and frozenset, keyed by Python's
// __hash__/__eq__ (https://docs.python.org/3/reference/datamodel.html#object.__hash__).
// Keys are kept in arrays in insertion order (as CPython's compact dict does). ints, floats,
// bools, strs and None are normalised to one JS primitive per Python equality class
// (`1`, `1.0` and `True` all become `1`) and indexed by a JS Map; every other key is indexed
// by its Python hash in a second Map of buckets compared with Python equality.

import { PyFloat } from '../types/float.js';
import { pyError } from './errors.js';

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
      return DELETED;
  }
}

export class HashTable {
  constructor() {
    this.k = [];
    this.v = [];
    this.index = new Map();
    this.buckets = null;
    this.size = 0;
  }

  /** The position of `key`, or -1. */
  find(key) {
    const p = normalise(key);
    if (p !== DELETED) {
      const i = this.index.get(p);
      return i === undefined ? -1 : i;
    }
    if (this.buckets === null) {
      bucketFn(key);
      return -1;
    }
    const b = this.buckets.get(bucketFn(key));
    if (b === undefined) return -1;
    const ks = this.k;
    for (let j = 0; j < b.length; j++) {
      const i = b[j];
      const k = ks[i];
      if (k === key || eqFn(k, key)) return i;
    }
    return -1;
  }

  /** Sets `key` to `value`, keeping the position (and the original key) when it is present. */
  put(key, value) {
    const p = normalise(key);
    if (p !== DELETED) {
      const i = this.index.get(p);
      if (i !== undefined) {
        this.v[i] = value;
        return;
      }
      this.index.set(p, this.k.length);
    } else {
      const h = bucketFn(key);
      if (this.buckets === null) this.buckets = new Map();
      let b = this.buckets.get(h);
      if (b !== undefined) {
        for (let j = 0; j < b.length; j++) {
          const i = b[j];
          const k = this.k[i];
          if (k === key || eqFn(k, key)) {
            this.v[i] = value;
            return;
          }
        }
      } else {
        b = [];
        this.buckets.set(h, b);
      }
      b.push(this.k.length);
    }
    this.k.push(key);
    this.v.push(value);
    this.size++;
  }

  /** Removes the entry at position `i` (found by `find`). */
  removeAt(i) {
    const key = this.k[i];
    const p = normalise(key);
    if (p !== DELETED) {
      this.index.delete(p);
    } else {
      const h = bucketFn(key);
      const b = this.buckets.get(h);
      b.splice(b.indexOf(i), 1);
      if (b.length === 0) this.buckets.delete(h);
    }
    this.k[i] = DELETED;
    this.v[i] = undefined;
    this.size--;
    if (this.k.length > 16 && this.size * 2 < this.k.length) this.compact();
  }

  compact() {
    const ks = this.k;
    const vs = this.v;
    this.clear();
    for (let i = 0; i < ks.length; i++) if (ks[i] !== DELETED) this.put(ks[i], vs[i]);
  }

  clear() {
    this.k = [];
    this.v = [];
    this.index = new Map();
    this.buckets = null;
    this.size = 0;
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
