// Calling Python callables: https://docs.python.org/3/reference/expressions.html#calls
// A compiled Python function is a JS function whose parameters are the Python ones in
// declaration order (a `*args` slot holds a tuple, a `**kwargs` slot a dict). A call whose
// positional arguments fill the parameters exactly is a plain JS call; anything else binds
// through the signature in `$sig`, with CPython's TypeError messages.

import { PyType, typeOf, lookup, AttrDict, methodType } from '../types/type.js';
import { makeTuple, Tuple } from '../types/tuple.js';
import { pyError } from './errors.js';
import { checkCount, checkKeywords } from './builtin-arity.js';
import { PyDict } from '../types/dict.js';
import { jsName } from './js-name.js';
import { strValueOf } from '../types/value-subclass.js';

/** The parsed signature of a compiled Python function. */
class Signature {
  constructor(qualname, params, nposonly, defaults, kwdefaults) {
    this.qualname = qualname;
    const pos = [];
    const kwonly = [];
    let kwonlyStarted = false;
    this.vararg = null;
    this.kwarg = null;
    for (const p of params) {
      if (p.startsWith('**')) this.kwarg = p.slice(2);
      else if (p === '*') kwonlyStarted = true;
      else if (p.startsWith('*')) this.vararg = p.slice(1);
      else if (this.vararg !== null || kwonlyStarted) kwonly.push(p);
      else pos.push(p);
    }
    this.pos = pos;
    this.kwonly = kwonly;
    this.nposonly = nposonly;
    this.defaults = defaults;
    this.kwdefaults = kwdefaults;
    this.simple = this.vararg === null && this.kwarg === null && kwonly.length === 0;
    this.nparams = pos.length + (this.vararg !== null ? 1 : 0) + kwonly.length + (this.kwarg !== null ? 1 : 0);
  }
}

/**
 * Attaches Python's metadata to a compiled function. `params` lists parameter names in
 * order; `*name` marks the var-positional slot, `**name` the var-keyword one, and a bare
 * `*` starts keyword-only parameters when there is no `*args` (as in Python's syntax).
 */
export function defineFunction(fn, qualname, params, nposonly, defaults, kwdefaults, module, doc, ann) {
  fn.$sig = new Signature(qualname, params, nposonly, defaults || [], kwdefaults || null);
  fn.__name__ = qualname.slice(qualname.lastIndexOf('.') + 1);
  fn.__qualname__ = qualname;
  fn.__module__ = module === undefined ? '__main__' : module;
  fn.__doc__ = doc;
  fn.$d = new AttrDict();
  // The evaluated annotations as CPython's def builds them: names and values alternating,
  // made a dict when `__annotations__` is first read (internals/attribute.js).
  if (ann !== undefined) fn.$ann = ann;
  return fn;
}

/** A function bound to an instance: `obj.method` without a call. */
export class BoundMethod {
  constructor(fn, self) {
    this.__func__ = fn;
    this.__self__ = self;
  }
}

/** Calls any Python callable with positional arguments. */
export function call(f, ...args) {
  if (typeof f === 'function') {
    const sig = f.$sig;
    if (sig === undefined) {
      if (f.$ar !== undefined) checkCount(f.$ar, args.length);
      return f(...args);
    }
    if (sig.simple && args.length === sig.nparams) return f(...args);
    return f(...bindArgs(f, sig, args, null, null));
  }
  return callObject(f, args, null, null);
}

/**
 * A JS function that calls `f` as Python does with positional arguments: what a direct call of a
 * module-level function falls back to once the global no longer holds the function its `def`
 * made (rebound from another module, deleted, or not defined yet when it is unbound: the caller
 * reads the global checked first, so NameError comes before the arguments are evaluated).
 */
export function callerOf(f) {
  return (...args) => call(f, ...args);
}

/** Calls a Python callable with positional arguments and keyword arguments given as parallel arrays. */
export function callKw(f, args, names, values) {
  if (typeof f === 'function') {
    const sig = f.$sig;
    if (sig !== undefined) return f(...bindArgs(f, sig, args, names, values));
    if (f.$ar !== undefined) checkKeywords(f.$ar, args.length, names);
    if (names.length === 0) return f(...args);
    if (f.$kw !== undefined) return f.$kw(args, kwObject(names, values));
    throw pyError('TypeError', `${f.__name__ || jsName(f)}() takes no keyword arguments`);
  }
  return callObject(f, args, names, values);
}

/** A call with `*iterable` and `**mapping` arguments already expanded into arrays by the caller. */
export function callEx(f, args, kwDict) {
  if (kwDict === null) return call(f, ...args);
  const names = [];
  const values = [];
  for (let [k, v] of kwDict.entries()) {
    if (typeof k !== 'string' && strValueOf(k) !== undefined) k = strValueOf(k);
    if (typeof k !== 'string') throw pyError('TypeError', 'keywords must be strings');
    if (names.includes(k)) {
      throw pyError('TypeError', `${calleeName(f)} got multiple values for keyword argument '${k}'`);
    }
    names.push(k);
    values.push(v);
  }
  return callKw(f, args, names, values);
}

/** `f(**mapping)`: adds a mapping's items to the keyword dict, rejecting duplicates as CPython does. */
export function mergeKwargs(d, mapping, f) {
  if (!(mapping instanceof PyDict)) {
    const keys = lookup(typeOf(mapping), 'keys');
    if (keys === undefined) throw pyError('TypeError', `argument after ** must be a mapping, not ${typeOf(mapping).__name__}`);
    const copy = new PyDict();
    for (const k of call(keys, mapping).$iter ? call(keys, mapping).$iter() : []) copy.put(k, call(lookup(typeOf(mapping), '__getitem__'), mapping, k));
    mapping = copy;
  }
  for (const [k, v] of mapping.entries()) addKwarg(d, k, v, f);
}

/** `f(name=value)` next to `**mapping`. */
export function addKwarg(d, k, v, f) {
  if (d.find(k) >= 0) {
    const who = typeof f === 'function' && f.__qualname__ !== undefined
      ? `${f.__module__ !== undefined ? f.__module__ + '.' : ''}${f.__qualname__}() ` : '';
    throw pyError('TypeError', `${who}got multiple values for keyword argument '${k}'`);
  }
  d.put(k, v);
}

function kwObject(names, values) {
  const o = new AttrDict();
  for (let i = 0; i < names.length; i++) o[names[i]] = values[i];
  return o;
}

function calleeName(f) {
  if (typeof f === 'function') return (f.__qualname__ || jsName(f)) + '()';
  if (f instanceof PyType) return f.__name__ + '()';
  return typeOf(f).__name__ + ' object';
}

function callObject(f, args, names, values) {
  if (f instanceof BoundMethod) {
    const all = [f.__self__, ...args];
    return names === null ? call(f.__func__, ...all) : callKw(f.__func__, all, names, values);
  }
  if (f instanceof PyType) {
    if (f.$ar !== undefined) checkKeywords(f.$ar, args.length, names === null ? NO_NAMES : names);
    return f.$call(args, names === null || names.length === 0 ? null : kwObject(names, values));
  }
  const m = f === undefined || f === null ? undefined : lookup(typeOf(f), '__call__');
  if (m === undefined) throw pyError('TypeError', `'${typeOf(f).__name__}' object is not callable`);
  // A class stored as __call__ is no descriptor: it is called without the instance.
  if (m instanceof PyType) return names === null ? call(m, ...args) : callKw(m, args, names, values);
  const all = [f, ...args];
  return names === null ? call(m, ...all) : callKw(m, all, names, values);
}

const NO_NAMES = [];

function quoteList(names) {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return q[0] + ' and ' + q[1];
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

function plural(n, word) {
  return n === 1 ? `${n} ${word}` : `${n} ${word}s`;
}

/** Binds positional and keyword arguments to the full parameter list, as CPython's `_PyEval_MakeFrame` does. */
export function bindArgs(f, sig, args, names, values) {
  const name = sig.qualname + '()';
  const npos = sig.pos.length;
  const out = new Array(sig.nparams);
  const filled = new Array(npos + sig.kwonly.length).fill(false);
  const n = Math.min(args.length, npos);
  for (let i = 0; i < n; i++) {
    out[i] = args[i];
    filled[i] = true;
  }
  let slot = npos;
  if (sig.vararg !== null) {
    out[slot++] = makeTuple(args.length > npos ? args.slice(npos) : []);
  } else if (args.length > npos) {
    const min = npos - sig.defaults.length;
    const takes = min === npos ? plural(npos, 'positional argument') : `from ${min} to ${npos} positional arguments`;
    let given = 0;
    if (names !== null) for (const k of names) if (sig.kwonly.includes(k)) given++;
    const was = args.length === 1 ? 'was' : 'were';
    const extra = given ? ` positional argument${args.length === 1 ? '' : 's'} (and ${plural(given, 'keyword-only argument')})` : '';
    throw pyError('TypeError', `${name} takes ${takes} but ${args.length}${extra} ${given ? 'were' : was} given`);
  }
  const kwStart = slot;
  let kwargs = null;
  if (sig.kwarg !== null) kwargs = new PyDict();
  if (names !== null) {
    const posonlyAsKw = [];
    for (let i = 0; i < names.length; i++) {
      const k = names[i];
      let idx = sig.pos.indexOf(k);
      if (idx >= 0 && idx < sig.nposonly) {
        if (kwargs !== null) {
          kwargs.setItem(k, values[i]);
          continue;
        }
        posonlyAsKw.push(k);
        continue;
      }
      if (idx >= 0) {
        if (filled[idx]) throw pyError('TypeError', `${name} got multiple values for argument '${k}'`);
        out[idx] = values[i];
        filled[idx] = true;
        continue;
      }
      idx = sig.kwonly.indexOf(k);
      if (idx >= 0) {
        if (filled[npos + idx]) throw pyError('TypeError', `${name} got multiple values for argument '${k}'`);
        out[kwStart + idx] = values[i];
        filled[npos + idx] = true;
        continue;
      }
      if (kwargs === null) throw pyError('TypeError', `${name} got an unexpected keyword argument '${k}'`);
      kwargs.setItem(k, values[i]);
    }
    if (posonlyAsKw.length) {
      throw pyError(
        'TypeError',
        `${name} got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
  }
  const firstDefault = npos - sig.defaults.length;
  const missing = [];
  for (let i = 0; i < npos; i++) {
    if (!filled[i]) {
      if (i >= firstDefault) out[i] = sig.defaults[i - firstDefault];
      else missing.push(sig.pos[i]);
    }
  }
  if (missing.length) {
    throw pyError('TypeError', `${name} missing ${plural(missing.length, 'required positional argument')}: ${quoteList(missing)}`);
  }
  for (let j = 0; j < sig.kwonly.length; j++) {
    if (!filled[npos + j]) {
      const k = sig.kwonly[j];
      if (sig.kwdefaults !== null && k in sig.kwdefaults) out[kwStart + j] = sig.kwdefaults[k];
      else missing.push(k);
    }
  }
  if (missing.length) {
    throw pyError('TypeError', `${name} missing ${plural(missing.length, 'required keyword-only argument')}: ${quoteList(missing)}`);
  }
  if (kwargs !== null) out[kwStart + sig.kwonly.length] = kwargs;
  return out;
}


BoundMethod.prototype.$cls = methodType;

// Fixed-arity forms of call: no rest parameters or spread on the hot path.
export function call0(f) {
  if (typeof f === 'function' && (f.$sig === undefined ? f.$ar === undefined || (f.$ar.ok & 1) !== 0 : f.$sig.simple && f.$sig.nparams === 0)) return f();
  return call(f);
}

export function call1(f, a) {
  if (typeof f === 'function' && (f.$sig === undefined ? f.$ar === undefined || (f.$ar.ok & 2) !== 0 : f.$sig.simple && f.$sig.nparams === 1)) return f(a);
  return call(f, a);
}

export function call2(f, a, b) {
  if (typeof f === 'function' && (f.$sig === undefined ? f.$ar === undefined || (f.$ar.ok & 4) !== 0 : f.$sig.simple && f.$sig.nparams === 2)) return f(a, b);
  return call(f, a, b);
}

export function call3(f, a, b, c) {
  if (typeof f === 'function' && (f.$sig === undefined ? f.$ar === undefined || (f.$ar.ok & 8) !== 0 : f.$sig.simple && f.$sig.nparams === 3)) return f(a, b, c);
  return call(f, a, b, c);
}
