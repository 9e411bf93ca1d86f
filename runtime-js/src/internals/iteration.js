// The iterator protocol: https://docs.python.org/3/library/stdtypes.html#iterator-types
// `iterate(x)` gives a JS iterable for `for` loops; lists, strs and tuples iterate as JS
// arrays and strings do, which is exactly Python's behaviour (index-based, by code point).
// Generators are JS generators behind a Python object with send/throw/close.

import { PyObject, PyType, AttrDict, typeOf, lookup, iteratorType, generatorType, isSubtype } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { call, BoundMethod } from './call.js';
import { pyError } from './errors.js';
import {
  StopIteration, GeneratorExit, IndexError, isException, toPyException, handlerDepth, takeHandlers, restoreHandlers, raise, withStack,
} from '../types/exceptions.js';

/** A Python iterator over a JS iterator (`iter(list)`, `enumerate(...)`, ...). */
export class PyIterator {
  constructor(jsIterator) {
    this.it = jsIterator;
  }
  next() {
    return this.it.next();
  }
  [Symbol.iterator]() {
    return this;
  }
}
PyIterator.prototype.$cls = iteratorType;

Object.assign(iteratorType.$dict, {
  __iter__: (self) => self,
  __next__: (self) => {
    const r = self.it.next();
    if (r.done) throw pyError('StopIteration');
    return r.value;
  },
  __length_hint__: undefined,
});
delete iteratorType.$dict.__length_hint__;

const NOT_STARTED = 0;
const RUNNING = 1;
const SUSPENDED = 2;
const DONE = 3;

/** What `generator.throw()` sends to the paused `yield`, which raises it there (`resumed`). */
class Thrown {
  constructor(e) {
    this.e = e;
  }
}

/**
 * The value of a compiled `yield` expression: what was sent, or the exception thrown in by
 * `generator.throw()`, raised here so that its traceback holds the generator's frame at the
 * `yield` and its context is the exception the generator was handling.
 */
export function resumed(v) {
  if (v instanceof Thrown) throw raise(v.e);
  return v;
}

/** A Python generator driving a JS generator object. */
export class PyGenerator {
  constructor(gen, name, qualname) {
    this.gen = gen;
    this.__name__ = name;
    this.__qualname__ = qualname;
    this.handlers = null; // the exceptions it handles while suspended (exceptions.js takeHandlers)
    this.state = NOT_STARTED;
  }

  /**
   * Resumes with `method` ('next', 'throw', or 'raise': `generator.throw()`, raised at the paused
   * `yield` as CPython does, so the generator's frame is in its traceback); returns a JS iterator
   * result.
   */
  resume(method, arg) {
    if (this.state === RUNNING) throw pyError('ValueError', 'generator already executing');
    if (this.state === DONE) {
      if (method === 'raise') throw withStack(arg);
      if (method === 'throw') throw arg;
      return { done: true, value: undefined };
    }
    const started = this.state === SUSPENDED;
    this.state = RUNNING;
    const depth = handlerDepth();
    restoreHandlers(this.handlers);
    this.handlers = null;
    let r;
    try {
      if (method === 'next') r = this.gen.next(arg);
      else if (method === 'raise' && started) r = this.gen.next(new Thrown(arg));
      else r = this.gen.throw(arg);
    } catch (e) {
      this.state = DONE;
      throw escapedGenerator(e);
    }
    this.state = r.done ? DONE : SUSPENDED;
    if (!r.done) this.handlers = takeHandlers(depth);
    return r;
  }

  next() {
    return this.resume('next', undefined);
  }

  [Symbol.iterator]() {
    return this;
  }
}
PyGenerator.prototype.$cls = generatorType;

function stopWith(value) {
  const e = pyError('StopIteration');
  if (value !== undefined) e.$args = new Tuple([value]);
  return e;
}

function genSend(self, value) {
  if (self.state === NOT_STARTED && value !== undefined) {
    throw pyError('TypeError', "can't send non-None value to a just-started generator");
  }
  const r = self.resume('next', value);
  if (r.done) throw stopWith(r.value);
  return r.value;
}

function genThrow(self, typ, val) {
  let e = typ;
  if (typ instanceof PyType) e = val !== undefined && isException(val) ? val : call(typ, ...(val === undefined ? [] : [val]));
  if (!isException(e)) throw pyError('TypeError', 'exceptions must be classes or instances deriving from BaseException, not ' + typeOf(e).__name__);
  const r = self.resume('raise', e);
  if (r.done) throw stopWith(r.value);
  return r.value;
}

function genClose(self) {
  if (self.state === NOT_STARTED || self.state === DONE) {
    self.state = DONE;
    return undefined;
  }
  let r;
  try {
    r = self.resume('throw', pyError('GeneratorExit'));
  } catch (e) {
    const pe = toPyException(e);
    if (isSubtype(pe.$cls, GeneratorExit) || isSubtype(pe.$cls, StopIteration)) return undefined;
    throw pe;
  }
  if (!r.done) throw pyError('RuntimeError', 'generator ignored GeneratorExit');
  return undefined;
}

Object.assign(generatorType.$dict, {
  __iter__: (self) => self,
  __next__: (self) => genSend(self, undefined),
  send: genSend,
  throw: genThrow,
  close: genClose,
  __repr__: (self) => `<generator object ${self.__qualname__} at 0x${(0x7f1000000000).toString(16)}>`,
});

/** Wraps the JS generator object of a compiled generator function. */
/**
 * What a generator's caller sees of an exception escaping its body (PEP 479: a StopIteration
 * becomes a RuntimeError); also used where a generator expression is compiled as a loop.
 */
export function escapedGenerator(e) {
  const pe = toPyException(e);
  if (isSubtype(pe.$cls, StopIteration)) {
    const r = pyError('RuntimeError', 'generator raised StopIteration');
    r.$cause = pe;
    r.$suppressContext = true;
    return r;
  }
  return pe;
}

export function makeGenerator(gen, name, qualname) {
  return new PyGenerator(gen, name, qualname);
}

/** `yield from x` inside a compiled generator: `return yield* yieldFrom(x)`. */
export function* yieldFrom(x) {
  if (x instanceof PyGenerator) {
    let toSend;
    let r = x.resume('next', undefined);
    for (;;) {
      if (r.done) return r.value;
      let sent;
      try {
        sent = yield r.value;
      } catch (e) {
        const pe = toPyException(e);
        if (isSubtype(pe.$cls, GeneratorExit)) {
          genClose(x);
          throw pe;
        }
        r = x.resume('throw', pe);
        continue;
      }
      // generator.throw() on the delegating generator goes on to the one it delegates to.
      if (sent instanceof Thrown) {
        r = x.resume('raise', sent.e);
        continue;
      }
      toSend = sent;
      r = x.resume('next', toSend);
    }
  }
  const it = iter(x);
  const nextFn = lookup(typeOf(it), '__next__');
  for (;;) {
    let v;
    try {
      v = call(nextFn, it);
    } catch (e) {
      const pe = toPyException(e);
      if (isSubtype(pe.$cls, StopIteration)) return pe.$args.items[0];
      throw pe;
    }
    resumed(yield v);
  }
}

/** Adapts a Python iterator (an object with `__next__`) to a JS iterator. */
class DunderIterator {
  constructor(it, nextFn) {
    this.it = it;
    this.nextFn = nextFn;
  }
  next() {
    try {
      return { done: false, value: call(this.nextFn, this.it) };
    } catch (e) {
      const pe = toPyException(e);
      if (isSubtype(pe.$cls, StopIteration)) return { done: true, value: undefined };
      throw pe;
    }
  }
  [Symbol.iterator]() {
    return this;
  }
}

/** The old sequence protocol: `__getitem__` with 0, 1, 2, ... until IndexError. */
class SequenceIterator {
  constructor(seq, getitem) {
    this.seq = seq;
    this.getitem = getitem;
    this.i = 0;
  }
  next() {
    try {
      return { done: false, value: call(this.getitem, this.seq, this.i++) };
    } catch (e) {
      const pe = toPyException(e);
      if (isSubtype(pe.$cls, IndexError)) return { done: true, value: undefined };
      throw pe;
    }
  }
  [Symbol.iterator]() {
    return this;
  }
}


/**
 * `iterate` for a `for` loop over a temporary (a call's result): leaving the loop early
 * closes a generator, as CPython's reference counting does when the generator is dropped.
 */
export function iterateTemp(x) {
  if (x instanceof PyGenerator) return new ClosingIterator(x);
  return iterate(x);
}

class ClosingIterator {
  constructor(g) {
    this.g = g;
  }
  next() {
    return this.g.next();
  }
  return() {
    genClose(this.g);
    return { done: true, value: undefined };
  }
  [Symbol.iterator]() {
    return this;
  }
}

/** A JS iterable over any Python iterable, for `for ... of`. */
export function iterate(x) {
  if (typeof x === 'string') return x;
  if (Array.isArray(x) && x.$cls === undefined) return x;
  if (x instanceof Tuple) return x.items;
  if (x instanceof PyIterator || x instanceof PyGenerator) return x;
  if (x !== null && typeof x === 'object' && x.$iter !== undefined) return x.$iter();
  return toJsIterator(x);
}

function toJsIterator(x) {
  const t = typeOf(x);
  const f = lookup(t, '__iter__');
  if (f === undefined) {
    const gi = lookup(t, '__getitem__');
    if (gi !== undefined && !(x instanceof PyType)) return new SequenceIterator(x, gi);
    throw pyError('TypeError', `'${t.__name__}' object is not iterable`);
  }
  const it = call(f, x);
  if (it instanceof PyIterator || it instanceof PyGenerator) return it;
  const nf = lookup(typeOf(it), '__next__');
  if (nf === undefined) throw pyError('TypeError', `iter() returned non-iterator of type '${typeOf(it).__name__}'`);
  return new DunderIterator(it, nf);
}

function* callUntil(f, sentinel) {
  for (;;) {
    const v = call(f);
    if (v === sentinel || eqHook(v, sentinel)) return;
    yield v;
  }
}

let eqHook = (a, b) => a === b;
/** Installs Python == for iter(callable, sentinel). */
export function setIterEq(eq) {
  eqHook = eq;
}

/** callable(x), as builtins/reflection.js answers it. */
function isCallable(x) {
  if (typeof x === 'function' || x instanceof PyType || x instanceof BoundMethod) return true;
  if (x === undefined || x === null) return false;
  return lookup(typeOf(x), '__call__') !== undefined;
}

/** `iter(x)` / `iter(callable, sentinel)`: a Python iterator object. */
export function iter(x, sentinel) {
  if (arguments.length === 2) {
    if (!isCallable(x)) throw pyError('TypeError', 'iter(v, w): v must be callable');
    return named(new PyIterator(callUntil(x, sentinel)), 'callable_iterator');
  }
  const it = iterObject(x);
  if (it instanceof PyIterator && it.$cls === iteratorType) {
    const name = typeof x === 'string' ? (/^[\x00-\x7f]*$/.test(x) ? 'str_ascii_iterator' : 'str_iterator')
      : Array.isArray(x) && x.$cls === undefined ? 'list_iterator'
      : x instanceof Tuple ? 'tuple_iterator'
      : x !== null && typeof x === 'object' && typeof x.$iterName === 'function' ? x.$iterName(false)
      : x !== null && typeof x === 'object' && x.$cls !== undefined ? ITERATOR_NAMES[x.$cls.__name__] : undefined;
    if (name !== undefined) return named(it, name);
  }
  return it;
}

const ITERATOR_NAMES = {
  range: 'range_iterator', bytes: 'bytes_iterator', dict: 'dict_keyiterator', set: 'set_iterator', frozenset: 'set_iterator',
  dict_keys: 'dict_keyiterator', dict_values: 'dict_valueiterator', dict_items: 'dict_itemiterator',
};
const namedTypes = new AttrDict();

/** `it` as an instance of the iterator type CPython calls `name` (type(it).__name__). */
export function namedIterator(it, name) {
  return named(it, name);
}

function named(it, name) {
  let t = namedTypes[name];
  if (t === undefined) {
    t = namedTypes[name] = new PyType(name, [iteratorType], new AttrDict());
  }
  it.$cls = t;
  return it;
}

function iterObject(x) {
  if (x instanceof PyIterator || x instanceof PyGenerator) return x;
  if (typeof x === 'string' || (Array.isArray(x) && x.$cls === undefined) || x instanceof Tuple ||
      (x !== null && typeof x === 'object' && x.$iter !== undefined)) {
    return new PyIterator(iterate(x)[Symbol.iterator]());
  }
  const t = typeOf(x);
  const f = lookup(t, '__iter__');
  if (f === undefined) {
    const gi = lookup(t, '__getitem__');
    if (gi !== undefined) return new PyIterator(new SequenceIterator(x, gi));
    throw pyError('TypeError', `'${t.__name__}' object is not iterable`);
  }
  const it = call(f, x);
  if (lookup(typeOf(it), '__next__') === undefined) {
    throw pyError('TypeError', `iter() returned non-iterator of type '${typeOf(it).__name__}'`);
  }
  return it;
}

const NO_DEFAULT = Symbol('no default');

/** `next(it[, default])`. */
export function next(it, dflt) {
  if (arguments.length < 2) dflt = NO_DEFAULT;
  if (it instanceof PyIterator || it instanceof PyGenerator) {
    const r = it.next();
    if (!r.done) return r.value;
    if (dflt !== NO_DEFAULT) return dflt;
    throw stopWith(it instanceof PyGenerator ? r.value : undefined);
  }
  const f = lookup(typeOf(it), '__next__');
  if (f === undefined) throw pyError('TypeError', `'${typeOf(it).__name__}' object is not an iterator`);
  if (dflt === NO_DEFAULT) return call(f, it);
  try {
    return call(f, it);
  } catch (e) {
    const pe = toPyException(e);
    if (isSubtype(pe.$cls, StopIteration)) return dflt;
    throw pe;
  }
}

/** A JS array of the items of any iterable (`list(x)`, `*x`). */
export function toArray(x) {
  if (Array.isArray(x) && x.$cls === undefined) return x.slice();
  if (x instanceof Tuple) return x.items.slice();
  if (typeof x === 'string') return Array.from(x);
  return Array.from(iterate(x));
}

/** `a, b = x`: exactly `n` items or CPython's ValueError. */
export function unpack(x, n) {
  let items;
  if (Array.isArray(x) && x.$cls === undefined) items = x;
  else if (x instanceof Tuple) items = x.items;
  else {
    items = [];
    const it = unpackIterable(x)[Symbol.iterator]();
    for (;;) {
      const r = it.next();
      if (r.done) break;
      items.push(r.value);
      if (items.length > n) throw pyError('ValueError', `too many values to unpack (expected ${n})`);
    }
  }
  if (items.length !== n) {
    if (items.length > n) throw pyError('ValueError', `too many values to unpack (expected ${n})`);
    throw pyError('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  return items;
}

function unpackIterable(x) {
  try {
    return iterate(x);
  } catch (e) {
    const pe = toPyException(e);
    if (pe.$cls.__name__ === 'TypeError' && / object is not iterable$/.test(String(pe.$args.items[0]))) {
      throw pyError('TypeError', `cannot unpack non-iterable ${typeOf(x).__name__} object`);
    }
    throw pe;
  }
}

/** `a, *b, c = x`: `before` items, a list, then `after` items. */
export function unpackStar(x, before, after) {
  const items = Array.from(unpackIterable(x));
  if (items.length < before + after) {
    throw pyError('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out = items.slice(0, before);
  out.push(items.slice(before, items.length - after));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

export { PyObject };
