// Built-in functions over iterables: https://docs.python.org/3/library/functions.html
// (enumerate, zip, map, filter, reversed, sorted, any, all, sum, min, max).

import { typeOf, lookup, PyType, objectType, AttrDict, invalidateAttrs } from '../types/type.js';
import { ClassMethod } from '../internals/attribute.js';
import { genericAlias, classGetitemNamed } from '../types/generic-alias.js';
import { makeTuple, Tuple } from '../types/tuple.js';
import { PyFloat } from '../types/float.js';
import { PyDict } from '../types/dict.js';
import { call } from '../internals/call.js';
import { pyError } from '../internals/errors.js';
import { truthy, lt, gt } from '../internals/protocols.js';
import { iterate, iter, next, toArray, PyIterator } from '../internals/iteration.js';
import { add } from '../internals/arith.js';
import { sortArray, checkSortArguments } from '../types/list.js';
import { len } from '../internals/protocols.js';
import { getitem, index } from '../internals/subscript.js';
import { PyBytes } from '../types/bytes.js';
import { strValueOf, intValueOf } from '../types/value-subclass.js';
import { hasArity } from '../internals/builtin-arity.js';
import * as arity from '../internals/builtin-arity-table.js';

function namedIterator(name) {
  const t = new PyType(name, [objectType], new AttrDict());
  Object.assign(t.$dict, {
    __iter__: (self) => self,
    __next__: (self) => {
      const r = self.it.next();
      if (r.done) throw pyError('StopIteration');
      return r.value;
    },
  });
  // No `class C(enumerate)`: instances are plain iterators made by the builtin function, which a
  // subclass's `__new__` would not reach, so subclassing is refused rather than half-done.
  t.$make = null;
  const make = (jsIterator) => {
    const it = new PyIterator(jsIterator);
    it.$cls = t;
    return it;
  };
  make.type = t;
  return make;
}

/**
 * Makes `t` the class object of builtin `fn` (what the name is as a value): calling the class
 * calls the function, with keywords through its `$kw` when it takes any.
 */
function callsThrough(t, fn) {
  t.$new = (args, kw) => {
    if (kw === null || Object.keys(kw).length === 0) return fn(...args);
    if (fn.$kw === undefined) throw pyError('TypeError', `${t.__name__}() takes no keyword arguments`);
    return fn.$kw(args, kw);
  };
  return t;
}

const enumerateIt = namedIterator('enumerate');
const zipIt = namedIterator('zip');
const mapIt = namedIterator('map');
const filterIt = namedIterator('filter');
const reversedIt = namedIterator('reversed');
// What list.__reversed__ and dict.__reversed__ return in CPython: not `reversed` instances.
const listReversedIt = namedIterator('list_reverseiterator');
const dictReversedIt = namedIterator('dict_reversekeyiterator');

function* enumerateGen(it, start) {
  let i = start;
  for (const x of it) {
    yield makeTuple([i, x]);
    i = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : add(i, 1);
  }
}

/** PyNumber_Index: an int, with an int subclass's value taken out. */
function exactIndex(x) {
  const v = index(x);
  return typeof v === 'number' || typeof v === 'bigint' ? v : index(intValueOf(v));
}

/** `enumerate(iterable, start=0)`. */
export function enumerate(iterable, start) {
  // CPython takes PyNumber_Index(start): an exact int (True counts from 1, a float is refused).
  start = arguments.length < 2 ? 0 : exactIndex(start);
  return enumerateIt(enumerateGen(iterate(iterable), start));
}
// Unknown keywords and too many arguments were refused by the call (internals/builtin-arity.js);
// without the iterable, CPython names the first keyword invalid.
enumerate.$kw = (args, kw) => {
  if (args.length === 0 && !('iterable' in kw)) throw pyError('TypeError', `'${Object.keys(kw)[0]}' is an invalid keyword argument for enumerate()`);
  if (args.length > 0 && 'iterable' in kw) throw pyError('TypeError', "'iterable' is an invalid keyword argument for enumerate()");
  return enumerate(args.length > 0 ? args[0] : kw.iterable, args.length > 1 ? args[1] : kw.start ?? 0);
};

function* zipGen(its, strict) {
  for (;;) {
    const items = [];
    for (let i = 0; i < its.length; i++) {
      const r = its[i].next();
      if (r.done) {
        if (strict) zipStrictCheck(its, i);
        return;
      }
      items.push(r.value);
    }
    yield makeTuple(items);
  }
}

/**
 * zip(strict=True) when iterator `i` ran out first: the shorter one, or (when it was the first)
 * the first of the others that still has an item, named as CPython names them.
 */
function zipStrictCheck(its, i) {
  if (i > 0) throw pyError('ValueError', `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
  for (let j = 1; j < its.length; j++) {
    if (!its[j].next().done) throw pyError('ValueError', `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
  }
}

/** `zip(*iterables)`. */
export function zip(...iterables) {
  if (iterables.length === 0) return zipIt([][Symbol.iterator]());
  return zipIt(zipGen(iterables.map((x) => iterate(x)[Symbol.iterator]()), false));
}
zip.$kw = (args, kw) => {
  const strict = truthy(kw.strict);
  if (args.length === 0) return zipIt([][Symbol.iterator]());
  return zipIt(zipGen(args.map((x) => iterate(x)[Symbol.iterator]()), strict));
};

function* mapGen(f, its) {
  for (;;) {
    const items = [];
    for (const it of its) {
      const r = it.next();
      if (r.done) return;
      items.push(r.value);
    }
    yield call(f, ...items);
  }
}

/** `map(f, *iterables)`. */
export function map(f, ...iterables) {
  if (iterables.length === 0) throw pyError('TypeError', 'map() must have at least two arguments.');
  return mapIt(mapGen(f, iterables.map((x) => iterate(x)[Symbol.iterator]())));
}

function* filterGen(f, it) {
  for (const x of it) if (f === undefined ? truthy(x) : truthy(call(f, x))) yield x;
}

/** `filter(f, iterable)`. */
export function filter(f, iterable) {
  return filterIt(filterGen(f, iterate(iterable)));
}

function* reverseIndex(seq, n) {
  for (let i = n - 1; i >= 0; i--) yield getitem(seq, i);
}

/** `reversed(seq)`. */
export function reversed(seq) {
  if (Array.isArray(seq) && seq.$cls === undefined) {
    return listReversedIt((function* () {
      for (let i = seq.length - 1; i >= 0; i--) {
        if (i < seq.length) yield seq[i];
      }
    })());
  }
  if (seq instanceof Tuple) return reversedIt(seq.items.slice().reverse()[Symbol.iterator]());
  if (typeof seq === 'string') return reversedIt(Array.from(seq).reverse()[Symbol.iterator]());
  if (seq instanceof PyDict) return dictReversedIt(Array.from(seq.keys()).reverse()[Symbol.iterator]());
  const t = typeOf(seq);
  const r = lookup(t, '__reversed__');
  if (r !== undefined) return call(r, seq);
  if (lookup(t, '__getitem__') !== undefined && lookup(t, '__len__') !== undefined) {
    return reversedIt(reverseIndex(seq, len(seq)));
  }
  throw pyError('TypeError', `'${t.__name__}' object is not reversible`);
}

/** `sorted(iterable, key=None, reverse=False)`. */
export function sorted(iterable) {
  const a = toArray(iterable);
  sortArray(a, undefined, false);
  return a;
}
sorted.$kw = (args, kw) => {
  if (args.length !== 1) throw pyError('TypeError', `sorted expected 1 argument, got ${args.length}`);
  const a = toArray(args[0]);
  checkSortArguments(0, kw);
  sortArray(a, kw.key, kw.reverse);
  return a;
};

/** `any(iterable)`. */
export function any(iterable) {
  for (const x of iterate(iterable)) if (truthy(x)) return true;
  return false;
}

/** `all(iterable)`. */
export function all(iterable) {
  for (const x of iterate(iterable)) if (!truthy(x)) return false;
  return true;
}

/** `sum(iterable, start=0)`. */
export function sum(iterable, start) {
  if (arguments.length < 2) start = 0;
  if (typeof start === 'string' || strValueOf(start) !== undefined) throw pyError('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytes) throw pyError('TypeError', "sum() can't sum bytes [use b''.join(seq) instead]");
  let acc = start;
  for (const x of iterate(iterable)) acc = add(acc, x);
  return acc;
}
sum.$kw = (args, kw) => sum(args[0], args.length > 1 ? args[1] : 'start' in kw ? kw.start : 0);

const NO_DEFAULT = Symbol('no default');

function minmax(name, better, args, key, dflt) {
  let items;
  if (args.length === 0) throw pyError('TypeError', `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = iterate(args[0]);
  else {
    if (dflt !== NO_DEFAULT) throw pyError('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  let best;
  let bestKey;
  let found = false;
  for (const x of items) {
    const k = key === undefined ? x : call(key, x);
    if (!found || truthy(better(k, bestKey))) {
      best = x;
      bestKey = k;
      found = true;
    }
  }
  if (!found) {
    if (dflt !== NO_DEFAULT) return dflt;
    throw pyError('ValueError', `${name}() arg is an empty sequence`);
  }
  return best;
}

/** `min(...)`. */
export function min(...args) {
  return minmax('min', lt, args, undefined, NO_DEFAULT);
}
min.$kw = (args, kw) => minmax('min', lt, args, kw.key, 'default' in kw ? kw.default : NO_DEFAULT);

/** `max(...)`. */
export function max(...args) {
  return minmax('max', gt, args, undefined, NO_DEFAULT);
}
max.$kw = (args, kw) => minmax('max', gt, args, kw.key, 'default' in kw ? kw.default : NO_DEFAULT);

export { iter, next, PyFloat };

// The classes the names enumerate, zip, map, filter and reversed are when used as values
// (`print(zip)`, `isinstance(x, map)`); a direct call compiles to the function above.
export const enumerateType = callsThrough(enumerateIt.type, enumerate);
export const zipType = callsThrough(zipIt.type, zip);
export const mapType = callsThrough(mapIt.type, map);
export const filterType = callsThrough(filterIt.type, filter);
export const reversedType = callsThrough(reversedIt.type, reversed);
// `enumerate[int]` (PEP 585), as list's.
enumerateType.$dict.__class_getitem__ = new ClassMethod(classGetitemNamed((cls, item) => genericAlias(cls, item)));
invalidateAttrs(enumerateType);

// Called through a value, these check their arguments as CPython does (internals/call.js).
hasArity(enumerate, arity.$enumerate);
hasArity(zip, arity.$zip);
hasArity(map, arity.$map);
hasArity(filter, arity.$filter);
hasArity(reversed, arity.$reversed);
hasArity(sorted, arity.$sorted);
hasArity(any, arity.$any);
hasArity(all, arity.$all);
hasArity(sum, arity.$sum);
hasArity(min, arity.$min);
hasArity(max, arity.$max);
hasArity(iter, arity.$iter);
hasArity(next, arity.$next);
hasArity(enumerateType, arity.$enumerate);
hasArity(zipType, arity.$zip);
hasArity(mapType, arity.$map);
hasArity(filterType, arity.$filter);
hasArity(reversedType, arity.$reversed);
