// Coroutines and asynchronous generators, as CPython 3.11 defines them without an event loop:
// https://docs.python.org/3/reference/datamodel.html#coroutines
// A coroutine is a JS generator behind a Python object with send/throw/close, like a
// generator; `await x` compiles to `yield* awaitValue(x)`, which delegates exactly as
// `yield from` does over `x.__await__()`. An asynchronous generator's body is a JS generator
// too: its Python `yield v` is `yield asyncGenYield(v)`, so the awaitables returned by
// `__anext__`/`asend`/`athrow`/`aclose` can tell a produced value from a suspension of an
// inner `await`, which they pass up to whoever drives them.
// A JS thenable awaited from Python is yielded as is; `runCoroutine` drives a coroutine to
// completion as a JS Promise, resuming it with each thenable's settled value.

import { PyType, AttrDict, typeOf, lookup, objectType, coroutineType, generatorType, isSubtype } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { call } from './call.js';
import { pyError } from './errors.js';
import { PyProperty } from './attribute.js';
import { PyGenerator } from './iteration.js';
import {
  StopIteration, StopAsyncIteration, GeneratorExit, isException, toPyException, handlerDepth, takeHandlers, restoreHandlers,
} from '../types/exceptions.js';

const NOT_STARTED = 0;
const RUNNING = 1;
const SUSPENDED = 2;
const DONE = 3;

function stopWith(value) {
  const e = pyError('StopIteration');
  if (value !== undefined) e.$args = new Tuple([value]);
  return e;
}

function stopValue(pe) {
  const items = pe.$args.items;
  return items.length === 0 ? undefined : items[0];
}

function isThenable(x) {
  return x !== null && typeof x === 'object' && x.$cls === undefined && typeof x.then === 'function';
}

/** The exception `throw(typ[, val])` raises: a class is instantiated, an instance used as is. */
function throwArgument(typ, val) {
  let e = typ;
  if (typ instanceof PyType) {
    e = val !== undefined && isException(val) ? val : call(typ, ...(val === undefined ? [] : [val]));
  }
  if (!isException(e)) {
    throw pyError('TypeError', 'exceptions must be classes or instances deriving from BaseException, not ' + typeOf(e).__name__);
  }
  return e;
}

function nativeType(name) {
  return new PyType(name, [objectType], new AttrDict());
}

/** The body of a coroutine or an asynchronous generator: a JS generator with CPython's states. */
class Frame {
  constructor(gen, name, qualname) {
    this.gen = gen;
    this.__name__ = name;
    this.__qualname__ = qualname;
    this.state = NOT_STARTED;
    this.handlers = null; // the exceptions it handles while suspended (exceptions.js takeHandlers)
  }

  /** The attributes Python reads from the instance (a coroutine has no writable `__dict__`). */
  get $d() {
    return { __proto__: null, __name__: this.__name__, __qualname__: this.__qualname__ };
  }

  /** Resumes with `method` ('next' or 'throw'); returns a JS iterator result. */
  run(method, arg, label) {
    if (this.state === RUNNING) throw pyError('ValueError', label + ' already executing');
    this.state = RUNNING;
    const depth = handlerDepth();
    restoreHandlers(this.handlers);
    this.handlers = null;
    let r;
    try {
      r = method === 'next' ? this.gen.next(arg) : this.gen.throw(arg);
    } catch (e) {
      this.state = DONE;
      const pe = toPyException(e);
      const stop = isSubtype(pe.$cls, StopIteration) ? 'StopIteration'
        : this.async && isSubtype(pe.$cls, StopAsyncIteration) ? 'StopAsyncIteration' : null;
      if (stop !== null) {
        const r = pyError('RuntimeError', `${label} raised ${stop}`);
        r.$cause = pe;
        r.$suppressContext = true;
        throw r;
      }
      throw pe;
    }
    this.state = r.done ? DONE : SUSPENDED;
    if (!r.done) this.handlers = takeHandlers(depth);
    return r;
  }
}

/** A Python coroutine object: what calling an `async def` function returns. */
export class PyCoroutine extends Frame {
  /** Resumes with 'next', 'throw' or 'close' (a GeneratorExit); returns a JS iterator result. */
  $resume(method, arg) {
    if (this.state === DONE) {
      if (method === 'close') throw arg;
      throw pyError('RuntimeError', 'cannot reuse already awaited coroutine');
    }
    return this.run(method === 'close' ? 'throw' : method, arg, 'coroutine');
  }
}
PyCoroutine.prototype.async = false;
PyCoroutine.prototype.$cls = coroutineType;

/** Wraps the JS generator object of a compiled `async def` without `yield`. */
export function makeCoroutine(gen, name, qualname) {
  return new PyCoroutine(gen, name, qualname);
}

/** `close()` of anything with `$resume`: GeneratorExit in, and it must not yield again. */
function closeResumable(self, label) {
  if (self.state === NOT_STARTED || self.state === DONE) {
    self.state = DONE;
    return undefined;
  }
  let r;
  try {
    r = self.$resume('close', pyError('GeneratorExit'));
  } catch (e) {
    const pe = toPyException(e);
    if (isSubtype(pe.$cls, GeneratorExit) || isSubtype(pe.$cls, StopIteration)) return undefined;
    throw pe;
  }
  if (!r.done) throw pyError('RuntimeError', label + ' ignored GeneratorExit');
  return undefined;
}

function coroSend(self, value) {
  if (self.state === NOT_STARTED && value !== undefined) {
    throw pyError('TypeError', "can't send non-None value to a just-started coroutine");
  }
  const r = self.$resume('next', value);
  if (r.done) throw stopWith(r.value);
  return r.value;
}

function coroThrow(self, typ, val) {
  const r = self.$resume('throw', throwArgument(typ, val));
  if (r.done) throw stopWith(r.value);
  return r.value;
}

const NATIVE_REPR_ADDRESS = (0x7f1000000000).toString(16);

Object.assign(coroutineType.$dict, {
  send: coroSend,
  throw: coroThrow,
  close: (self) => closeResumable(self, 'coroutine'),
  __await__: (self) => new CoroutineWrapper(self),
  cr_running: new PyProperty((self) => self.state === RUNNING),
  __repr__: (self) => `<coroutine object ${self.__qualname__} at 0x${NATIVE_REPR_ADDRESS}>`,
});

const coroutineWrapperType = nativeType('coroutine_wrapper');

/** `coro.__await__()`: an iterator that drives the coroutine. */
class CoroutineWrapper {
  constructor(coro) {
    this.coro = coro;
  }
  $resume(method, arg) {
    return this.coro.$resume(method, arg);
  }
}
CoroutineWrapper.prototype.$cls = coroutineWrapperType;

Object.assign(coroutineWrapperType.$dict, {
  __iter__: (self) => self,
  __next__: (self) => coroSend(self.coro, undefined),
  send: (self, v) => coroSend(self.coro, v),
  throw: (self, typ, val) => coroThrow(self.coro, typ, val),
  close: (self) => closeResumable(self.coro, 'coroutine'),
});

// ---- await: delegation to an awaitable's iterator, as `yield from` does

/** The iterator that `await x` delegates to, or null when `x` is not awaitable. */
function awaitableIterator(x) {
  if (x instanceof PyCoroutine || x instanceof AsyncGenASend || x instanceof AsyncGenAThrow) return x;
  const t = typeOf(x);
  const f = lookup(t, '__await__');
  if (f === undefined) return null;
  const it = call(f, x);
  if (it instanceof PyCoroutine) throw pyError('TypeError', '__await__() returned a coroutine');
  if (!(it instanceof PyGenerator) && (it === null || typeof it !== 'object' || it.$resume === undefined)
      && lookup(typeOf(it), '__next__') === undefined) {
    throw pyError('TypeError', `__await__() returned non-iterator of type '${typeOf(it).__name__}'`);
  }
  return it;
}

/** One step of the delegated iterator: a JS iterator result. */
function step(it, method, arg) {
  if (it.$resume !== undefined) return it.$resume(method, arg);
  if (it instanceof PyGenerator) return it.resume(method, arg);
  let f;
  if (method === 'throw') {
    f = lookup(typeOf(it), 'throw');
    if (f === undefined) throw arg;
  } else if (arg === undefined) {
    f = lookup(typeOf(it), '__next__');
  } else {
    f = lookup(typeOf(it), 'send');
    if (f === undefined) throw pyError('AttributeError', `'${typeOf(it).__name__}' object has no attribute 'send'`);
  }
  try {
    return { done: false, value: method === 'next' && arg === undefined ? call(f, it) : call(f, it, arg) };
  } catch (e) {
    const pe = toPyException(e);
    if (isSubtype(pe.$cls, StopIteration)) return { done: true, value: stopValue(pe) };
    throw pe;
  }
}

/** Closes the delegated iterator when GeneratorExit reaches the awaiting coroutine. */
function closeDelegate(it) {
  if (it instanceof PyCoroutine) return closeResumable(it, 'coroutine');
  if (it instanceof PyGenerator) return call(generatorType.$dict.close, it);
  const f = lookup(typeOf(it), 'close');
  if (f !== undefined) call(f, it);
  return undefined;
}

/** `yield from` semantics over an iterator: sends, throws and closes reach it. */
function* delegate(it) {
  let r = step(it, 'next', undefined);
  for (;;) {
    if (r.done) return r.value;
    let sent;
    try {
      sent = yield r.value;
    } catch (e) {
      const pe = toPyException(e);
      if (isSubtype(pe.$cls, GeneratorExit)) {
        closeDelegate(it);
        throw pe;
      }
      r = step(it, 'throw', pe);
      continue;
    }
    r = step(it, 'next', sent);
  }
}

/** `await x` inside a compiled coroutine: `(yield* awaitValue(x))`. */
export function* awaitValue(x) {
  if (isThenable(x)) return yield x;
  const it = awaitableIterator(x);
  if (it === null) throw pyError('TypeError', `object ${typeOf(x).__name__} can't be used in 'await' expression`);
  return yield* delegate(it);
}

// ---- async with

/** The bound-later `__aexit__` of an asynchronous context manager, looked up before `__aenter__`. */
export function aexitOf(mgr) {
  const t = typeOf(mgr);
  const enter = lookup(t, '__aenter__');
  const exit = lookup(t, '__aexit__');
  if (enter === undefined) {
    throw pyError('TypeError', `'${t.__name__}' object does not support the asynchronous context manager protocol`);
  }
  if (exit === undefined) {
    throw pyError('TypeError',
      `'${t.__name__}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  return exit;
}

function checkedAwaitable(x, what) {
  if (isThenable(x)) return x;
  const it = awaitableIterator(x);
  if (it === null) {
    throw pyError('TypeError', `'async with' received an object from ${what} that does not implement __await__: ${typeOf(x).__name__}`);
  }
  return it;
}

function* awaitChecked(x) {
  if (isThenable(x)) return yield x;
  return yield* delegate(x);
}

/** `await mgr.__aenter__()`. */
export function* aenter(mgr) {
  return yield* awaitChecked(checkedAwaitable(call(lookup(typeOf(mgr), '__aenter__'), mgr), '__aenter__'));
}

/** `await exit(mgr, typ, exc, tb)`: the result of `__aexit__`. */
export function* aexit(exit, mgr, exc) {
  const r = exc === undefined ? call(exit, mgr, undefined, undefined, undefined) : call(exit, mgr, exc.$cls, exc, undefined);
  return yield* awaitChecked(checkedAwaitable(r, '__aexit__'));
}

// ---- async for

/** What `asyncNext` returns when the iterator raised StopAsyncIteration. */
export const ASYNC_DONE = Symbol('StopAsyncIteration');

/** `type(x).__aiter__(x)`, checked as `async for` does. */
export function aiterOf(x) {
  const t = typeOf(x);
  const f = lookup(t, '__aiter__');
  if (f === undefined) throw pyError('TypeError', `'async for' requires an object with __aiter__ method, got ${t.__name__}`);
  const it = call(f, x);
  if (lookup(typeOf(it), '__anext__') === undefined) {
    throw pyError('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).__name__}`);
  }
  return it;
}

/** `await type(it).__anext__(it)` for `async for`: the next item, or ASYNC_DONE. */
export function* asyncNext(it) {
  const aw = call(lookup(typeOf(it), '__anext__'), it);
  let sub;
  if (!isThenable(aw)) {
    sub = awaitableIterator(aw);
    if (sub === null) throw pyError('TypeError', `'async for' received an invalid object from __anext__: ${typeOf(aw).__name__}`);
  }
  try {
    return sub === undefined ? yield aw : yield* delegate(sub);
  } catch (e) {
    const pe = toPyException(e);
    if (isSubtype(pe.$cls, StopAsyncIteration)) return ASYNC_DONE;
    throw pe;
  }
}

// ---- asynchronous generators

/** A value produced by an asynchronous generator's `yield`, as opposed to an inner await's suspension. */
class AsyncGenValue {
  constructor(v) {
    this.v = v;
  }
}

/** `yield v` inside a compiled asynchronous generator: `(yield asyncGenYield(v))`. */
export function asyncGenYield(v) {
  return new AsyncGenValue(v);
}

const asyncGeneratorType = nativeType('async_generator');
const asendType = nativeType('async_generator_asend');
const athrowType = nativeType('async_generator_athrow');

/** A Python asynchronous generator object: what calling an `async def` with `yield` returns. */
export class PyAsyncGenerator extends Frame {
  constructor(gen, name, qualname) {
    super(gen, name, qualname);
    this.runningAsync = false;
    this.closed = false;
    this.hooksInited = false;
    this.finalizer = undefined;
  }
  /** Resumes the body; a finished generator reports done (its awaitables raise StopAsyncIteration). */
  $step(method, arg) {
    if (this.state === DONE) {
      if (method === 'throw') throw arg;
      return { done: true, value: undefined };
    }
    return this.run(method, arg, 'async generator');
  }
}
PyAsyncGenerator.prototype.async = true;
PyAsyncGenerator.prototype.$cls = asyncGeneratorType;

/** Wraps the JS generator object of a compiled asynchronous generator function. */
export function makeAsyncGenerator(gen, name, qualname) {
  return new PyAsyncGenerator(gen, name, qualname);
}

/**
 * Leaving an `async for` over a temporary early drops the asynchronous generator, and CPython
 * (without an event loop's finalizer hook) closes it then: GeneratorExit is thrown in
 * synchronously; an error while closing is unraisable and ignored.
 */
export function closeAsyncTemp(it) {
  if (!(it instanceof PyAsyncGenerator) || it.state === DONE) return;
  if (it.finalizer !== undefined && !it.closed) {
    // An event loop's finalizer hook (asyncio) schedules the closing instead.
    const f = it.finalizer;
    it.finalizer = undefined;
    call(f, it);
    return;
  }
  if (it.state === NOT_STARTED) {
    it.state = DONE;
    return;
  }
  try {
    it.$step('throw', pyError('GeneratorExit'));
  } catch (e) {
    toPyException(e);
  }
  it.state = DONE;
}

const INIT = 0;
const ITER = 1;
const CLOSED = 2;

// ---- sys.set_asyncgen_hooks, as an event loop installs them while it runs

let firstiterHook;
let finalizerHook;

/** Sets the hooks called on an asynchronous generator's first iteration and when it is dropped unfinished. */
export function setAsyncGenHooks(firstiter, finalizer) {
  firstiterHook = firstiter ?? undefined;
  finalizerHook = finalizer ?? undefined;
}

/** CPython's async_gen_init_hooks: on the first anext/asend/athrow/aclose, remember the finalizer and call firstiter. */
function initHooks(gen) {
  if (gen.hooksInited) return;
  gen.hooksInited = true;
  gen.finalizer = finalizerHook;
  if (firstiterHook !== undefined) call(firstiterHook, gen);
}

/**
 * The result of one step of the generator seen through an awaitable: a produced value ends the
 * awaitable (StopIteration(value)), the generator's end is StopAsyncIteration, anything else
 * is an inner await's suspension passed up.
 */
function unwrap(gen, aw, step) {
  let r;
  try {
    r = step();
  } catch (e) {
    const pe = toPyException(e);
    aw.state = CLOSED;
    gen.runningAsync = false;
    if (isSubtype(pe.$cls, StopAsyncIteration) || isSubtype(pe.$cls, GeneratorExit)) gen.closed = true;
    throw pe;
  }
  if (r.done) {
    aw.state = CLOSED;
    gen.runningAsync = false;
    gen.closed = true;
    throw pyError('StopAsyncIteration');
  }
  if (r.value instanceof AsyncGenValue) {
    aw.state = CLOSED;
    gen.runningAsync = false;
    return { done: true, value: r.value.v };
  }
  return r;
}

/** `agen.__anext__()` / `agen.asend(v)`: an awaitable that resumes the generator once. */
class AsyncGenASend {
  constructor(gen, sendValue) {
    this.gen = gen;
    this.sendValue = sendValue;
    this.state = INIT;
  }
  $resume(method, arg) {
    if (method === 'close') {
      this.state = CLOSED;
      throw arg;
    }
    if (this.state === CLOSED) throw pyError('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
    const gen = this.gen;
    if (this.state === INIT && method === 'next') {
      if (gen.runningAsync) throw pyError('RuntimeError', 'anext(): asynchronous generator is already running');
      if (arg === undefined) arg = this.sendValue;
      this.state = ITER;
      gen.runningAsync = true;
    }
    return unwrap(gen, this, () => gen.$step(method, arg));
  }
}
AsyncGenASend.prototype.$cls = asendType;

/** `agen.athrow(...)` / `agen.aclose()`: an awaitable that throws into the generator. */
class AsyncGenAThrow {
  constructor(gen, args) {
    this.gen = gen;
    this.args = args; // null for aclose()
    this.state = INIT;
  }
  get what() {
    return this.args === null ? 'aclose()' : 'athrow()';
  }
  $resume(method, arg) {
    if (method === 'close') {
      this.state = CLOSED;
      throw arg;
    }
    const gen = this.gen;
    if (this.state === CLOSED) throw pyError('RuntimeError', 'cannot reuse already awaited aclose()/athrow()');
    if (gen.state === DONE) {
      this.state = CLOSED;
      return { done: true, value: undefined };
    }
    let step;
    if (this.state === INIT) {
      if (gen.runningAsync) {
        this.state = CLOSED;
        throw pyError('RuntimeError', `${this.what}: asynchronous generator is already running`);
      }
      if (gen.closed) {
        this.state = CLOSED;
        throw pyError('StopAsyncIteration');
      }
      if (method === 'next' && arg !== undefined) {
        throw pyError('RuntimeError', "can't send non-None value to a just-started coroutine");
      }
      this.state = ITER;
      gen.runningAsync = true;
      if (this.args === null) {
        gen.closed = true;
        step = () => gen.$step('throw', pyError('GeneratorExit'));
      } else {
        step = () => gen.$step('throw', throwArgument(this.args[0], this.args[1]));
      }
    } else {
      step = () => gen.$step(method, arg);
    }
    if (this.args !== null) return unwrap(gen, this, step);
    let r;
    try {
      r = step();
    } catch (e) {
      const pe = toPyException(e);
      gen.runningAsync = false;
      this.state = CLOSED;
      if (isSubtype(pe.$cls, StopAsyncIteration) || isSubtype(pe.$cls, GeneratorExit)) return { done: true, value: undefined };
      throw pe;
    }
    if (r.done) {
      gen.runningAsync = false;
      this.state = CLOSED;
      return { done: true, value: undefined };
    }
    if (r.value instanceof AsyncGenValue) {
      gen.runningAsync = false;
      this.state = CLOSED;
      throw pyError('RuntimeError', 'async generator ignored GeneratorExit');
    }
    return r;
  }
}
AsyncGenAThrow.prototype.$cls = athrowType;

function awaitableSend(self, v) {
  const r = self.$resume('next', v);
  if (r.done) throw stopWith(r.value);
  return r.value;
}

function awaitableThrow(self, typ, val) {
  const r = self.$resume('throw', throwArgument(typ, val));
  if (r.done) throw stopWith(r.value);
  return r.value;
}

function awaitableClose(self) {
  self.state = CLOSED;
  return undefined;
}

for (const t of [asendType, athrowType]) {
  Object.assign(t.$dict, {
    __await__: (self) => self,
    __iter__: (self) => self,
    __next__: (self) => awaitableSend(self, undefined),
    send: awaitableSend,
    throw: awaitableThrow,
    close: awaitableClose,
  });
}

Object.assign(asyncGeneratorType.$dict, {
  __aiter__: (self) => self,
  __anext__: (self) => (initHooks(self), new AsyncGenASend(self, undefined)),
  asend: (self, v) => (initHooks(self), new AsyncGenASend(self, v)),
  athrow: (self, typ, val) => (initHooks(self), new AsyncGenAThrow(self, [typ, val])),
  aclose: (self) => (initHooks(self), new AsyncGenAThrow(self, null)),
  ag_running: new PyProperty((self) => self.runningAsync),
  __repr__: (self) => `<async_generator object ${self.__qualname__} at 0x${NATIVE_REPR_ADDRESS}>`,
});

// ---- the JavaScript side

/**
 * Runs a coroutine to completion as a JS Promise: it is resumed with each awaited thenable's
 * settled value (a rejection is thrown into it: a Python exception can be caught there, any
 * other JS value only runs the coroutine's `finally` blocks on its way out); a bare `yield` (None) resumes it on the next
 * macrotask, as a cooperative scheduler's `sleep(0)` would. The Promise resolves with the
 * coroutine's return value or rejects with the Python exception it raised.
 */
export function runCoroutine(coro) {
  const it = coro instanceof PyCoroutine ? coro : awaitableIterator(coro);
  if (it === null) {
    return Promise.reject(pyError('TypeError', `a coroutine was expected, got ${typeOf(coro).__name__}`));
  }
  return new Promise((resolve, reject) => {
    const advance = (method, arg) => {
      let r;
      try {
        r = step(it, method, arg);
      } catch (e) {
        reject(e);
        return;
      }
      if (r.done) {
        resolve(r.value);
      } else if (isThenable(r.value)) {
        r.value.then((v) => advance('next', v), (err) => advance('throw', err));
      } else if (r.value === undefined) {
        setTimeout(() => advance('next', undefined), 0);
      } else {
        advance('throw', pyError('RuntimeError', `coroutine yielded a value that is not awaitable by the runner: ${typeOf(r.value).__name__}`));
      }
    };
    advance('next', undefined);
  });
}
