// Python set and frozenset: https://docs.python.org/3/library/stdtypes.html#set-types-set-frozenset

import { HashTable, DELETED, keyHash } from '../internals/hash-table.js';
import { SetLayout } from '../internals/set-layout.js';
import { setType, frozensetType, NotImplemented } from './type.js';
import { pyError } from '../internals/errors.js';
import { repr, reprGuard, hash } from '../internals/protocols.js';
import { iterate, PyIterator } from '../internals/iteration.js';
import { makeTuple } from './tuple.js';

export class PySet extends HashTable {
  constructor() {
    super();
    this.layout = new SetLayout();
  }
  put(key, value) {
    if (this.layout === null) {
      super.put(key, value);
      return;
    }
    if (this.find(key) >= 0) return;
    super.put(key, value);
    this.layout.add(this.k.length - 1, keyHash(key));
  }
  removeAt(i) {
    this.layout.remove(i);
    super.removeAt(i);
  }
  clear() {
    super.clear();
    this.layout = new SetLayout();
  }
  compact() {
    const ks = this.k;
    const layout = this.layout;
    const map = new Array(ks.length);
    this.layout = null;
    HashTable.prototype.clear.call(this);
    for (let i = 0; i < ks.length; i++) {
      if (ks[i] !== DELETED) {
        map[i] = this.k.length;
        HashTable.prototype.put.call(this, ks[i], undefined);
      }
    }
    layout.renumber(map);
    this.layout = layout;
  }
  /** set_merge into an empty set: CPython copies the other table's layout. */
  mergeFrom(other) {
    const used = other.size;
    let size = 8;
    if (used * 5 >= 21) while (size <= used * 2) size *= 2;
    const layout = new SetLayout();
    layout.reset(size);
    const map = new Map();
    this.layout = null;
    for (const idx of other.layout.order()) {
      map.set(idx, this.k.length);
      HashTable.prototype.put.call(this, other.k[idx], undefined);
    }
    if (layout.mask === other.layout.mask) {
      for (let j = 0; j < other.layout.slots.length; j++) {
        const v = other.layout.slots[j];
        if (v >= 0) {
          layout.slots[j] = map.get(v);
          layout.hashes[j] = other.layout.hashes[j];
        }
      }
    } else {
      for (let j = 0; j < other.layout.slots.length; j++) {
        const v = other.layout.slots[j];
        if (v >= 0) layout.insertClean(map.get(v), other.layout.hashes[j]);
      }
    }
    layout.fill = used;
    layout.used = used;
    this.layout = layout;
  }
  add(x) {
    this.put(x, undefined);
  }
  has(x) {
    return this.find(x) >= 0;
  }
  *items() {
    const size = this.size;
    for (const idx of this.layout.order()) {
      if (this.size !== size) throw pyError('RuntimeError', 'Set changed size during iteration');
      yield this.k[idx];
    }
    if (this.size !== size) throw pyError('RuntimeError', 'Set changed size during iteration');
  }
  $iter() {
    return this.items();
  }
}
PySet.prototype.$cls = setType;

export class PyFrozenSet extends PySet {}
PyFrozenSet.prototype.$cls = frozensetType;

/** A set from the given items (`{a, b}` literals). */
export function setOf(...items) {
  const s = new PySet();
  for (const x of items) s.put(x, undefined);
  return s;
}

/**
 * The frozenset constant CPython's compiler makes of constant set elements: built from the
 * elements in source order, then rebuilt from its own iteration order when the code object's
 * constants are merged (compile.c, merge_consts_recursive).
 */
export function frozenConstant(...items) {
  const first = new PyFrozenSet();
  for (const x of items) first.put(x, undefined);
  const frozen = new PyFrozenSet();
  for (const x of first.items()) frozen.put(x, undefined);
  return frozen;
}

/**
 * A set display of three or more constants (`{1, 9, 17}`): CPython compiles it to a frozenset
 * constant (frozenConstant) that BUILD_SET/SET_UPDATE merges into a new set, so the elements
 * land in the frozenset's slot order, not in source order.
 */
export function setFromConstant(frozen) {
  const s = new PySet();
  s.mergeFrom(frozen);
  return s;
}

function from(iterable, frozen) {
  const s = frozen ? new PyFrozenSet() : new PySet();
  if (iterable instanceof PySet) {
    s.mergeFrom(iterable);
  } else {
    for (const x of iterate(iterable)) s.put(x, undefined);
  }
  return s;
}

function like(self) {
  return self instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
}

function isSet(x) {
  return x instanceof PySet;
}

function union(self, ...others) {
  const s = from(self, self instanceof PyFrozenSet);
  for (const o of others) for (const x of iterate(o)) s.put(x, undefined);
  return s;
}
function intersection(self, ...others) {
  let s = self;
  if (others.length === 0) return from(self, self instanceof PyFrozenSet);
  for (const o of others) {
    const r = like(self);
    if (isSet(o)) {
      let [big, small] = [s, o];
      if (o.size > s.size) [big, small] = [o, s];
      for (const x of small.items()) if (big.has(x)) r.put(x, undefined);
    } else {
      for (const x of iterate(o)) if (s.has(x)) r.put(x, undefined);
    }
    s = r;
  }
  return s;
}
function difference(self, ...others) {
  const r = like(self);
  const os = others.map((o) => (isSet(o) ? o : from(o, false)));
  for (const x of self.items()) if (!os.some((o) => o.has(x))) r.put(x, undefined);
  return r;
}
function symmetricDifference(self, o) {
  const other = isSet(o) ? o : from(o, false);
  const r = like(self);
  for (const x of self.items()) if (!other.has(x)) r.put(x, undefined);
  for (const x of other.items()) if (!self.has(x)) r.put(x, undefined);
  return r;
}
function issubset(self, o) {
  const other = isSet(o) ? o : from(o, false);
  for (const x of self.items()) if (!other.has(x)) return false;
  return true;
}
function issuperset(self, o) {
  const other = isSet(o) ? o : from(o, false);
  return issubset(other, self);
}

function setRepr(self) {
  const name = self.$cls.__name__;
  if (self.size === 0) return name + '()';
  return reprGuard(self, name + '(...)', () => {
    const body = '{' + Array.from(self.items(), repr).join(', ') + '}';
    return self.$cls === setType ? body : name + '(' + body + ')';
  });
}

function binop(f) {
  return (self, o) => (isSet(o) ? f(self, o) : NotImplemented);
}

const common = {
  union,
  intersection,
  difference,
  symmetric_difference: symmetricDifference,
  issubset,
  issuperset,
  isdisjoint(self, o) {
    for (const x of iterate(o)) if (self.has(x)) return false;
    return true;
  },
  copy: (self) => (self instanceof PyFrozenSet ? self : from(self, false)),
  __len__: (self) => self.size,
  __contains__: (self, x) => self.has(x),
  __iter__: (self) => new PyIterator(self.items()),
  __repr__: setRepr,
  __or__: binop(union),
  __and__: binop(intersection),
  __sub__: binop(difference),
  __xor__: binop(symmetricDifference),
  __eq__: (self, o) => (isSet(o) ? self.size === o.size && issubset(self, o) : NotImplemented),
  __le__: binop(issubset),
  __ge__: binop(issuperset),
  __lt__: binop((a, b) => a.size < b.size && issubset(a, b)),
  __gt__: binop((a, b) => a.size > b.size && issuperset(a, b)),
};

Object.assign(setType.$dict, common, {
  add: (self, x) => self.put(x, undefined),
  remove(self, x) {
    const i = self.find(x);
    if (i < 0) {
      const e = pyError('KeyError');
      e.$args = makeTuple([x]);
      throw e;
    }
    self.removeAt(i);
  },
  discard(self, x) {
    const i = self.find(x);
    if (i >= 0) self.removeAt(i);
  },
  pop(self) {
    if (self.size === 0) throw pyError('KeyError', 'pop from an empty set');
    const idx = self.layout.popIndex();
    const x = self.k[idx];
    self.removeAt(idx);
    return x;
  },
  clear: (self) => self.clear(),
  update(self, ...others) {
    for (const o of others) for (const x of iterate(o)) self.put(x, undefined);
  },
  intersection_update(self, ...others) {
    const r = intersection(self, ...others);
    self.clear();
    for (const x of r.items()) self.put(x, undefined);
  },
  difference_update(self, ...others) {
    const r = difference(self, ...others);
    self.clear();
    for (const x of r.items()) self.put(x, undefined);
  },
  symmetric_difference_update(self, o) {
    const r = symmetricDifference(self, o);
    self.clear();
    for (const x of r.items()) self.put(x, undefined);
  },
  __ior__(self, o) {
    if (!isSet(o)) return NotImplemented;
    for (const x of o.items()) self.put(x, undefined);
    return self;
  },
  __iand__(self, o) {
    if (!isSet(o)) return NotImplemented;
    setType.$dict.intersection_update(self, o);
    return self;
  },
  __isub__(self, o) {
    if (!isSet(o)) return NotImplemented;
    setType.$dict.difference_update(self, o);
    return self;
  },
  __ixor__(self, o) {
    if (!isSet(o)) return NotImplemented;
    setType.$dict.symmetric_difference_update(self, o);
    return self;
  },
  __hash__: undefined,
  __init__(self, it) {
    self.clear();
    if (it !== undefined) for (const x of iterate(it)) self.put(x, undefined);
  },
});

/** frozenset's hash, as CPython's frozenset_hash computes it. */
function frozensetHash(self) {
  let h = 0n;
  const M = (1n << 64n) - 1n;
  for (const x of self.items()) {
    let v = BigInt.asUintN(64, BigInt(hash(x)));
    v = (((v ^ 89869747n) ^ ((v << 16n) & M)) * 3644798167n) & M;
    h ^= v;
  }
  h ^= ((BigInt(self.size) + 1n) * 1927868237n) & M;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M;
  let r = BigInt.asIntN(64, h);
  if (r === -1n) r = 590923713n;
  return Number.isSafeInteger(Number(r)) ? Number(r) : r;
}

Object.assign(frozensetType.$dict, common, { __hash__: frozensetHash });

setType.$new = (args, kw) => {
  if (kw !== null && Object.keys(kw).length) throw pyError('TypeError', 'set() takes no keyword arguments');
  if (args.length > 1) throw pyError('TypeError', `set expected at most 1 argument, got ${args.length}`);
  return args.length ? from(args[0], false) : new PySet();
};
setType.$make = (cls) => {
  const s = new PySet();
  s.$cls = cls;
  return s;
};
frozensetType.$new = (args, kw) => {
  if (kw !== null && Object.keys(kw).length) throw pyError('TypeError', 'frozenset() takes no keyword arguments');
  if (args.length > 1) throw pyError('TypeError', `frozenset expected at most 1 argument, got ${args.length}`);
  return args.length ? from(args[0], true) : new PyFrozenSet();
};
