// Python dict: https://docs.python.org/3/library/stdtypes.html#mapping-types-dict
// An insertion-ordered HashTable keyed by Python hash/eq.

import { HashTable, DELETED, TableIterator, KEYS, VALUES, ITEMS, ENTRIES } from '../internals/hash-table.js';
import { dictType, AttrDict, typeOf, lookup } from './type.js';
import { makeTuple, Tuple } from './tuple.js';
import { pyError } from '../internals/errors.js';

let protocols = null;
/** Installs repr/eq/iterate (the protocol modules import this one). */
export function setDictProtocols(p) {
  protocols = p;
}

export class PyDict extends HashTable {
  /** `d[key]`, raising KeyError. */
  getItem(key) {
    const i = this.find(key);
    if (i < 0) {
      if (this.$cls !== undefined && this.$cls !== dictType) {
        const m = lookup(this.$cls, '__missing__');
        if (m !== undefined) return protocols.call(m, this, key);
      }
      const e = pyError('KeyError');
      e.$args = makeTuple([key]);
      throw e;
    }
    return this.v[i];
  }

  /** `d.get(key, dflt)`. */
  get(key, dflt) {
    const i = this.find(key);
    return i < 0 ? dflt : this.v[i];
  }

  setItem(key, value) {
    this.put(key, value);
  }

  delItem(key) {
    const i = this.find(key);
    if (i < 0) {
      const e = pyError('KeyError');
      e.$args = makeTuple([key]);
      throw e;
    }
    this.removeAt(i);
  }

  has(key) {
    return this.find(key) >= 0;
  }

  keys() {
    return new TableIterator(this, KEYS, 'dictionary');
  }

  values() {
    return new TableIterator(this, VALUES, 'dictionary');
  }

  entries() {
    return new TableIterator(this, ENTRIES, 'dictionary');
  }

  $iter() {
    return this.keys();
  }

  copy() {
    const d = new PyDict();
    for (let i = 0; i < this.k.length; i++) if (this.k[i] !== DELETED) d.put(this.k[i], this.v[i]);
    return d;
  }
}

/** Builds a dict from alternating keys and values (`{k: v, ...}` literals). */
export function dictOf(...kv) {
  const d = new PyDict();
  for (let i = 0; i < kv.length; i += 2) d.put(kv[i], kv[i + 1]);
  return d;
}

/** A dict from a str-keyed namespace (`__dict__`, `**kwargs` of natives). */
export function dictFromNamespace(ns) {
  const d = new PyDict();
  for (const k in ns) {
    const v = ns[k];
    // A module global not bound yet (internals/names.js UNBOUND) is not in the namespace.
    if (typeof v !== 'symbol') d.put(k, v);
  }
  return d;
}

/** `d.update(other)` / `dict(other)`: a mapping (has keys()) or an iterable of pairs. */
export function dictUpdate(d, other) {
  if (other instanceof PyDict) {
    for (const [k, v] of other.entries()) d.put(k, v);
    return;
  }
  const t = typeOf(other);
  const keysFn = lookup(t, 'keys');
  if (keysFn !== undefined) {
    for (const k of protocols.iterate(protocols.call(keysFn, other))) d.put(k, protocols.getitem(other, k));
    return;
  }
  let n = 0;
  for (const item of protocols.iterate(other)) {
    let pair;
    try {
      pair = protocols.toArray(item);
    } catch (e) {
      throw pyError('TypeError', `cannot convert dictionary update sequence element #${n} to a sequence`);
    }
    if (pair.length !== 2) {
      throw pyError('ValueError', `dictionary update sequence element #${n} has length ${pair.length}; 2 is required`);
    }
    d.put(pair[0], pair[1]);
    n++;
  }
}

/** A live view (`d.keys()`, `d.values()`, `d.items()`). */
export class DictView {
  constructor(d, kind) {
    this.d = d;
    this.kind = kind;
  }
  $iter() {
    if (this.kind === 'keys') return this.d.keys();
    if (this.kind === 'values') return this.d.values();
    return new TableIterator(this.d, ITEMS, 'dictionary');
  }
}


PyDict.prototype.$cls = dictType;
export { DELETED };
