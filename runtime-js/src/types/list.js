// Python list and tuple methods: https://docs.python.org/3/library/stdtypes.html#sequence-types-list-tuple-range
// A list is a plain JS Array; a tuple a Tuple over a frozen-by-convention array.

import { listType, tupleType, NotImplemented, lookup, typeOf } from './type.js';
import { Tuple, makeTuple, EMPTY_TUPLE } from './tuple.js';
import { pyError } from '../internals/errors.js';
import { eq, lt, repr, reprGuard, hash, compare } from '../internals/protocols.js';
import { iterate, toArray, PyIterator } from '../internals/iteration.js';
import { index, ssizeArg, sliceArray, PySlice, getitem, setitem, delitem, contains } from '../internals/subscript.js';
import { call } from '../internals/call.js';
import { truthy } from '../internals/protocols.js';
import { tupleSelf, tupleItemsOf, plainValue, newValueSub } from './value-subclass.js';
import { StaticMethod } from '../internals/attribute.js';
import { repeatArray, tupleRepeat } from '../internals/operators.js';
import { defineMethods } from '../internals/method-table.js';


function checkList(self, method) {
  if (!Array.isArray(self)) {
    throw pyError('TypeError', `descriptor '${method}' for 'list' objects doesn't apply to a '${typeof self}' object`);
  }
}

/**
 * list.index and tuple.index over `a`; `nargs` is the method's argument count with self, so a
 * start or stop given as None (`undefined`) is refused as CPython's slice-index parser does.
 */
function indexOf(a, x, start, stop, what, nargs) {
  const n = a.length;
  let s = nargs < 3 ? 0 : Number(boundIndex(start));
  let e = nargs < 4 ? n : Number(boundIndex(stop));
  if (s < 0) s = Math.max(0, s + n);
  if (e < 0) e = Math.max(0, e + n);
  for (let i = s; i < Math.min(e, n); i++) if (Object.is(a[i], x) || eq(a[i], x)) return i;
  throw pyError('ValueError', what);
}

function boundIndex(v) {
  return index(v, () => 'slice indices must be integers or have an __index__ method');
}

function count(a, x) {
  let c = 0;
  for (const y of a) if (Object.is(y, x) || eq(y, x)) c++;
  return c;
}

/** The stable merge sort behind list.sort and sorted(), with CPython's key/reverse semantics. */
/**
 * `reverse=` of sort and sorted: a C int, as CPython parses it (an index, not any truthy value).
 * `undefined` is the default here; keyword handlers reject an explicit None (checkSortArguments).
 */
function reverseArg(reverse) {
  if (reverse === undefined) return false;
  const v = index(reverse);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) throw pyError('OverflowError', 'Python int too large to convert to C int');
  return v !== 0;
}

export function sortArray(a, key, reverse) {
  const keys = key === undefined ? a.slice() : a.map((x) => call(key, x));
  const idx = a.map((_, i) => i);
  const rev = reverseArg(reverse);
  const cmp = (i, j) => {
    const x = keys[i];
    const y = keys[j];
    if (rev) {
      if (truthy(lt(y, x))) return -1;
      if (truthy(lt(x, y))) return 1;
      return 0;
    }
    if (truthy(lt(x, y))) return -1;
    if (truthy(lt(y, x))) return 1;
    return 0;
  };
  idx.sort((i, j) => cmp(i, j) || i - j);
  const vals = idx.map((i) => a[i]);
  for (let i = 0; i < vals.length; i++) a[i] = vals[i];
}

function listSort(self, key, reverse) {
  const copy = self.slice();
  self.length = 0;
  try {
    sortArray(copy, key, reverse);
  } finally {
    if (self.length !== 0) {
      self.length = 0;
      for (const x of copy) self.push(x);
      throw pyError('ValueError', 'list modified during sort');
    }
    for (const x of copy) self.push(x);
  }
}
/**
 * list.sort's argument checks, in the order of CPython's argument parser, for `n` positional
 * arguments (besides the list) and the keywords `kw`; sorted() applies them after copying.
 * An explicit `reverse=None` is refused here: None is `undefined`, the default, in sortArray.
 */
export function checkSortArguments(n, kw) {
  const names = Object.keys(kw);
  const total = n + names.length;
  if (total > 2) throw pyError('TypeError', `sort() takes at most 2 ${n === 0 ? 'keyword ' : ''}arguments (${total} given)`);
  if (n > 0) throw pyError('TypeError', 'sort() takes no positional arguments');
  const bad = names.find((k) => k !== 'key' && k !== 'reverse');
  if (bad !== undefined) throw pyError('TypeError', `'${bad}' is an invalid keyword argument for sort()`);
  if ('reverse' in kw && kw.reverse === undefined) throw pyError('TypeError', "'NoneType' object cannot be interpreted as an integer");
}
listSort.$kw = (args, kw) => {
  checkSortArguments(args.length - 1, kw);
  return listSort(args[0], kw.key, kw.reverse);
};

defineMethods(listType, {
  append(self, x) {
    self.push(x);
  },
  extend(self, it) {
    const items = Array.isArray(it) ? it.slice() : toArray(it);
    for (const x of items) self.push(x);
  },
  insert(self, i, x) {
    let j = ssizeArg(index(i));
    const n = self.length;
    if (j < 0) j = Math.max(0, j + n);
    if (j > n) j = n;
    self.splice(j, 0, x);
  },
  pop(self, i) {
    if (self.length === 0) throw pyError('IndexError', 'pop from empty list');
    if (i === undefined) return self.pop();
    let j = ssizeArg(index(i));
    if (j < 0) j += self.length;
    if (j < 0 || j >= self.length) throw pyError('IndexError', 'pop index out of range');
    return self.splice(j, 1)[0];
  },
  remove(self, x) {
    const i = indexOf(self, x, undefined, undefined, 'list.remove(x): x not in list', 2);
    self.splice(i, 1);
  },
  index(self, x, start, stop) {
    return indexOf(self, x, start, stop, `${repr(x)} is not in list`, arguments.length);
  },
  count,
  clear(self) {
    self.length = 0;
  },
  copy(self) {
    return self.slice();
  },
  reverse(self) {
    self.reverse();
  },
  sort: listSort,
  __len__: (self) => self.length,
  __getitem__: (self, k) => getitem(self.$cls === undefined ? self : Array.prototype.slice.call(self), k),
  __setitem__: (self, k, v) => arraySet(self, k, v),
  __delitem__: (self, k) => arrayDel(self, k),
  __contains__: (self, x) => contains(Array.prototype.slice.call(self), x),
  __iter__: (self) => new PyIterator(new ArrayIter(self)),
  __repr__: (self) => reprGuard(self, '[...]', () => '[' + Array.prototype.map.call(self, repr).join(', ') + ']'),
  __eq__: (self, o) => (Array.isArray(o) ? eq(Array.prototype.slice.call(self), Array.prototype.slice.call(o)) : NotImplemented),
  __lt__: (self, o) => (Array.isArray(o) ? compare(self.slice(), o.slice(), '__lt__') : NotImplemented),
  __le__: (self, o) => (Array.isArray(o) ? compare(self.slice(), o.slice(), '__le__') : NotImplemented),
  __gt__: (self, o) => (Array.isArray(o) ? compare(self.slice(), o.slice(), '__gt__') : NotImplemented),
  __ge__: (self, o) => (Array.isArray(o) ? compare(self.slice(), o.slice(), '__ge__') : NotImplemented),
  __add__: (self, o) => (Array.isArray(o) ? Array.prototype.slice.call(self).concat(Array.prototype.slice.call(o)) : NotImplemented),
  __mul__: (self, n) => repeatArray(Array.prototype.slice.call(self), n),
  __rmul__: (self, n) => repeatArray(Array.prototype.slice.call(self), n),
  __iadd__(self, o) {
    for (const x of toArray(o)) self.push(x);
    return self;
  },
  __reversed__: (self) => new PyIterator(Array.prototype.slice.call(self).reverse()[Symbol.iterator]()),
  __init__(self, it) {
    self.length = 0;
    if (it !== undefined) for (const x of toArray(it)) self.push(x);
  },
  __hash__: undefined,
});

function arraySet(self, k, v) {
  const plain = Array.prototype.slice.call(self);
  setitem(plain, k, v);
  self.length = 0;
  for (const x of plain) self.push(x);
}
function arrayDel(self, k) {
  const plain = Array.prototype.slice.call(self);
  delitem(plain, k);
  self.length = 0;
  for (const x of plain) self.push(x);
}

class ArrayIter {
  constructor(a) {
    this.a = a;
    this.i = 0;
  }
  next() {
    return this.i < this.a.length ? { done: false, value: this.a[this.i++] } : { done: true, value: undefined };
  }
}

listType.$new = (args, kw) => {
  if (kw !== null && Object.keys(kw).length) throw pyError('TypeError', 'list() takes no keyword arguments');
  if (args.length > 1) throw pyError('TypeError', `list expected at most 1 argument, got ${args.length}`);
  return args.length ? toArray(args[0]) : [];
};
listType.$make = (cls) => {
  const a = [];
  a.$cls = cls;
  return a;
};

// Each method takes `self` as a tuple or a tuple subclass instance (types/value-subclass.js)
// and works on the plain tuple, so an override in a subclass is never re-entered.
const tupleCompare = (name) => (self, o) => {
  const a = tupleSelf(self, name);
  const b = o instanceof Tuple ? o : plainTupleOf(o);
  return b === undefined ? NotImplemented : compare(a, b, name);
};

function plainTupleOf(o) {
  return tupleItemsOf(o) === undefined ? undefined : plainValue(o);
}

defineMethods(tupleType, {
  index(self, x, start, stop) {
    return indexOf(tupleSelf(self, 'index').items, x, start, stop, 'tuple.index(x): x not in tuple', arguments.length);
  },
  count: (self, x) => count(tupleSelf(self, 'count').items, x),
  __len__: (self) => tupleSelf(self, '__len__').items.length,
  __getitem__: (self, k) => getitem(tupleSelf(self, '__getitem__'), k),
  __contains__: (self, x) => contains(tupleSelf(self, '__contains__'), x),
  __iter__: (self) => new PyIterator(new ArrayIter(tupleSelf(self, '__iter__').items)),
  __hash__: (self) => hash(tupleSelf(self, '__hash__')),
  __repr__: (self) => {
    const t = tupleSelf(self, '__repr__');
    return reprGuard(self, '(...)', () =>
      t.items.length === 1 ? '(' + repr(t.items[0]) + ',)' : '(' + t.items.map(repr).join(', ') + ')');
  },
  __eq__: (self, o) => {
    const a = tupleSelf(self, '__eq__');
    const b = o instanceof Tuple ? o : plainTupleOf(o);
    return b === undefined ? NotImplemented : eq(a, b);
  },
  __lt__: tupleCompare('__lt__'),
  __le__: tupleCompare('__le__'),
  __gt__: tupleCompare('__gt__'),
  __ge__: tupleCompare('__ge__'),
  __add__: (self, o) => {
    const a = tupleSelf(self, '__add__');
    const b = tupleItemsOf(o);
    if (b === undefined) throw pyError('TypeError', `can only concatenate tuple (not "${typeOf(o).__name__}") to tuple`);
    return makeTuple(a.items.concat(b));
  },
  // sq_repeat takes only an index, even called explicitly (TypeError, not NotImplemented).
  __mul__: (self, n) => tupleRepeat(tupleSelf(self, '__mul__'), n, self instanceof Tuple && self.$cls === Tuple.prototype.$cls),
  __rmul__: (self, n) => tupleRepeat(tupleSelf(self, '__rmul__'), n, self instanceof Tuple && self.$cls === Tuple.prototype.$cls),
  __getnewargs__: (self) => makeTuple([tupleSelf(self, '__getnewargs__')]),
  __new__: new StaticMethod(function __new__(cls, ...args) {
    return newValueSub(cls, tupleType, tupleType.$new(args, null));
  }),
});

tupleType.$new = (args, kw) => {
  if (kw !== null && Object.keys(kw).length) throw pyError('TypeError', 'tuple() takes no keyword arguments');
  if (args.length > 1) throw pyError('TypeError', `tuple expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return EMPTY_TUPLE;
  if (args[0] instanceof Tuple) return args[0];
  return makeTuple(toArray(args[0]));
};

export { PySlice, sliceArray, iterate };

// Called explicitly, list's and tuple's __mul__/__rmul__ are sq_repeat, which takes only an
// index; the `*` operator skips them as number slots (binaryOp) and, when both operands
// decline, raises CPython's "can't multiply sequence by non-int".
for (const t of [listType, tupleType]) {
  for (const k of ['__mul__', '__rmul__']) t.$dict[k].$sequenceSlot = true;
}
