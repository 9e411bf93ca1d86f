// Subscription and slicing: https://docs.python.org/3/reference/datamodel.html#emulating-container-types
// `x[i]`, `x[i] = v`, `del x[i]` and `in`, with list/tuple/str/dict fast paths and
// CPython's index normalisation (`PySlice_AdjustIndices`).

import { typeOf, lookup, sliceType, AttrDict } from '../types/type.js';
import { Tuple, makeTuple } from '../types/tuple.js';
import { PyFloat } from '../types/float.js';
import { PyDict } from '../types/dict.js';
import { call } from './call.js';
import { pyError } from './errors.js';
import { eq } from './protocols.js';
import { iterate } from './iteration.js';
import { strGetItem, strSlice, setStrIndex } from '../types/str.js';
import { strValueOf, intValueOf } from '../types/value-subclass.js';

/** A slice object `slice(start, stop, step)`. */
export class PySlice {
  constructor(start, stop, step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}
PySlice.prototype.$cls = sliceType;

/** `slice(lower, upper, step)` from `a[lower:upper:step]`. */
export function makeSlice(lower, upper, step) {
  return new PySlice(lower, upper, step);
}

/** An int usable as an index (`__index__`), as a JS number or bigint. */
export function index(x, what) {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return +x;
  if (typeof x === 'bigint') return x;
  const f = x !== undefined && x !== null ? lookup(typeOf(x), '__index__') : undefined;
  if (f !== undefined) return indexResult(call(f, x));
  throw pyError('TypeError', what !== undefined ? what(x) : `'${typeOf(x).__name__}' object cannot be interpreted as an integer`);
}
setStrIndex(index);

/** What `__index__` returned, refused unless it is an int, as CPython's PyNumber_Index refuses it. */
function indexResult(r) {
  if ((typeof r === 'number' && Number.isInteger(r)) || typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return +r;
  const v = intValueOf(r);
  if (v !== undefined) return v;
  throw pyError('TypeError', `__index__ returned non-int (type ${typeOf(r).__name__})`);
}

function seqIndex(x, name) {
  // CPython words str's error differently from list's and tuple's.
  if (name === 'string') return index(x, (v) => `string indices must be integers, not '${typeOf(v).__name__}'`);
  return index(x, (v) => `${name} indices must be integers or slices, not ${typeOf(v).__name__}`);
}

/** A slice bound (None as undefined) through __index__, with CPython's message. */
export function sliceIndex(x) {
  if (x === undefined) return undefined;
  return index(x, () => 'slice indices must be integers or None or have an __index__ method');
}

function clampBig(v, lo, hi) {
  if (typeof v === 'bigint') return v < 0n ? lo : hi;
  return v;
}

/** CPython's PySlice_Unpack + AdjustIndices: [start, stop, step, count]. */
export function sliceIndices(s, length) {
  let step = s.step === undefined ? 1 : sliceIndex(s.step);
  if (typeof step === 'bigint') step = step < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
  let start;
  let stop;
  if (s.start === undefined) start = step < 0 ? length - 1 : 0;
  else {
    start = clampBig(sliceIndex(s.start), -Infinity, Infinity);
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (s.stop === undefined) stop = step < 0 ? -1 : length;
  else {
    stop = clampBig(sliceIndex(s.stop), -Infinity, Infinity);
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/** Items of an array selected by a slice. */
export function sliceArray(a, s) {
  const [start, stop, step, count] = sliceIndices(s, a.length);
  if (step === 1) return a.slice(start, stop < start ? start : stop);
  const out = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = a[j];
  return out;
}

/** Whether big int `i` is outside CPython's Py_ssize_t (64 bits), where an index cannot go. */
export function pastSsize(i) {
  return i >= 1n << 63n || i < -(1n << 63n);
}

/** An int argument CPython converts to Py_ssize_t (`list.insert`, `list.pop`): OverflowError past it. */
export function ssizeArg(i) {
  if (typeof i === 'bigint' && pastSsize(i)) throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(i);
}

function normIndex(i, n, what) {
  if (typeof i === 'bigint') {
    throw pyError('IndexError', pastSsize(i) ? "cannot fit 'int' into an index-sized integer" : `${what} index out of range`);
  }
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw pyError('IndexError', `${what} index out of range`);
  return j;
}

/** `x[k]`. */
export function getitem(x, k) {
  if (Array.isArray(x) && x.$cls === undefined) {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const j = k < 0 ? k + x.length : k;
      if (j >= 0 && j < x.length) return x[j];
      throw pyError('IndexError', 'list index out of range');
    }
    if (k instanceof PySlice) return sliceArray(x, k);
    return x[normIndex(seqIndex(k, 'list'), x.length, 'list')];
  }
  if (x instanceof PyDict && x.$cls === PyDict.prototype.$cls) return x.getItem(k);
  if (typeof x === 'string') {
    if (k instanceof PySlice) return strSlice(x, k.start, k.stop, k.step);
    return strGetItem(x, seqIndex(k, 'string'));
  }
  if (x instanceof Tuple) {
    const a = x.items;
    if (k instanceof PySlice) return makeTuple(sliceArray(a, k));
    return a[normIndex(seqIndex(k, 'tuple'), a.length, 'tuple')];
  }
  const t = typeOf(x);
  const f = lookup(t, '__getitem__');
  if (f === undefined) {
    if (x !== null && typeof x === 'object' && x.$cls === undefined && !Array.isArray(x)) {
      throw pyError('TypeError', `'${t.__name__}' object is not subscriptable`);
    }
    if (t.__name__ === 'type' || (x !== null && x.$mro !== undefined)) {
      if (Object.hasOwn(x, '$subscript')) return x.$subscript(k);
      const cg = lookup(x, '__class_getitem__');
      if (cg !== undefined) return call(cg.__func__, x, k);
      throw pyError('TypeError', `type '${x.__name__}' is not subscriptable`);
    }
    throw pyError('TypeError', `'${t.__name__}' object is not subscriptable`);
  }
  return call(f, x, k);
}

/** `x[k] = v`. */
export function setitem(x, k, v) {
  if (Array.isArray(x) && x.$cls === undefined) {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const j = k < 0 ? k + x.length : k;
      if (j >= 0 && j < x.length) {
        x[j] = v;
        return;
      }
      throw pyError('IndexError', 'list assignment index out of range');
    }
    if (k instanceof PySlice) {
      setSlice(x, k, v);
      return;
    }
    x[normIndex(seqIndex(k, 'list'), x.length, 'list assignment')] = v;
    return;
  }
  if (x instanceof PyDict && x.$cls === PyDict.prototype.$cls) {
    x.put(k, v);
    return;
  }
  const t = typeOf(x);
  const f = lookup(t, '__setitem__');
  if (f === undefined) throw pyError('TypeError', `'${t.__name__}' object does not support item assignment`);
  call(f, x, k, v);
}

/** `a[slice] = iterable` on a list. */
export function setSlice(a, s, v) {
  const [start, stop, step, count] = sliceIndices(s, a.length);
  const items = sliceSource(a, v, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
  if (step === 1) {
    replaceRange(a, start, stop, items);
    return;
  }
  if (items.length !== count) {
    throw pyError('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) a[j] = items[i];
}

/** The items assigned to a list slice; the source is only read, so it is copied only when it is the target. */
function sliceSource(a, v, notIterable) {
  if (Array.isArray(v) && v.$cls === undefined) return v === a ? v.slice() : v;
  let it;
  try {
    it = iterate(v);
  } catch (e) {
    // PySequence_Fast: a TypeError from getting the iterator becomes list's own message.
    const typeError = pyError('TypeError', notIterable);
    if (e !== null && typeof e === 'object' && e.$cls !== undefined && e.$cls.$mro.includes(typeError.$cls)) throw typeError;
    throw e;
  }
  return Array.from(it);
}

/** a[start:stop] = items for a step of 1 (stop < start inserts at start). */
function replaceRange(a, start, stop, items) {
  const removed = Math.max(0, stop - start), n = items.length;
  if (n === removed) {
    for (let i = 0; i < n; i++) a[start + i] = items[i];
  } else if (n < 10000) {
    a.splice(start, removed, ...items);
  } else {
    // Too many items to spread as arguments.
    const tail = a.slice(start + removed);
    a.length = start;
    for (let i = 0; i < n; i++) a.push(items[i]);
    for (let i = 0; i < tail.length; i++) a.push(tail[i]);
  }
}

/** A slice bound that needs no __index__ call: None or an int held in a JS number. */
function plainBound(v) {
  return v === undefined || (typeof v === 'number' && Number.isInteger(v));
}

/** A start or stop bound of a step-1 slice of a sequence of length n, as AdjustIndices clamps it. */
function clampBound(v, n) {
  if (v < 0) return v + n < 0 ? 0 : v + n;
  return v > n ? n : v;
}

/** A bound of a step -1 slice: -1 stands for "before the first item". */
function clampBoundDown(v, n) {
  if (v < 0) return v + n < 0 ? -1 : v + n;
  return v >= n ? n - 1 : v;
}

/**
 * `x[lo:hi:step]` (each bound undefined for None): for a plain list with int or None bounds and a
 * step of 1 or -1, taken without building the slice object; anything else as `x[slice(...)]`.
 */
export function getslice(x, lo, hi, step) {
  if (Array.isArray(x) && x.$cls === undefined && plainBound(lo) && plainBound(hi)) {
    const n = x.length;
    if (step === undefined || step === 1) {
      const a = lo === undefined ? 0 : clampBound(lo, n);
      const b = hi === undefined ? n : clampBound(hi, n);
      return x.slice(a, b < a ? a : b);
    }
    if (step === -1) {
      const a = lo === undefined ? n - 1 : clampBoundDown(lo, n);
      const b = hi === undefined ? -1 : clampBoundDown(hi, n);
      const out = [];
      for (let i = a; i > b; i--) out.push(x[i]);
      return out;
    }
  }
  return getitem(x, new PySlice(lo, hi, step));
}

/** `x[lo:hi:step] = v`, with getslice's fast case for a plain list and a step of 1. */
export function setslice(x, lo, hi, step, v) {
  if (Array.isArray(x) && x.$cls === undefined && plainBound(lo) && plainBound(hi) && (step === undefined || step === 1)) {
    // As list_ass_slice: bounds from the length before the source is iterated, clamped again after.
    const n = x.length;
    let a = lo === undefined ? 0 : clampBound(lo, n);
    let b = hi === undefined ? n : clampBound(hi, n);
    const items = sliceSource(x, v, 'can only assign an iterable');
    const m = x.length;
    if (a > m) a = m;
    if (b < a) b = a;
    else if (b > m) b = m;
    replaceRange(x, a, b, items);
    return;
  }
  setitem(x, new PySlice(lo, hi, step), v);
}

/** `del x[k]`. */
export function delitem(x, k) {
  if (Array.isArray(x) && x.$cls === undefined) {
    if (k instanceof PySlice) {
      const [start, stop, step, count] = sliceIndices(k, x.length);
      if (step === 1) {
        if (stop > start) x.splice(start, stop - start);
        return;
      }
      const drop = new Set();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      let w = 0;
      for (let r = 0; r < x.length; r++) if (!drop.has(r)) x[w++] = x[r];
      x.length = w;
      return;
    }
    x.splice(normIndex(seqIndex(k, 'list'), x.length, 'list assignment'), 1);
    return;
  }
  if (x instanceof PyDict && x.$cls === PyDict.prototype.$cls) {
    x.delItem(k);
    return;
  }
  const t = typeOf(x);
  const f = lookup(t, '__delitem__');
  if (f === undefined) throw pyError('TypeError', `'${t.__name__}' object does not support item deletion`);
  call(f, x, k);
}

/** `item in container`. */
export function contains(container, item) {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      const v = strValueOf(item);
      if (v === undefined) throw pyError('TypeError', `'in <string>' requires string as left operand, not ${typeOf(item).__name__}`);
      return container.includes(v);
    }
    return container.includes(item);
  }
  if (Array.isArray(container) && container.$cls === undefined) return arrayContains(container, item);
  if (container instanceof Tuple) return arrayContains(container.items, item);
  if (container instanceof PyDict && container.$cls === PyDict.prototype.$cls) return container.find(item) >= 0;
  const t = typeOf(container);
  const f = lookup(t, '__contains__');
  if (f !== undefined) {
    const r = call(f, container, item);
    return r === true || (r !== false && r !== undefined && r !== 0 && r !== '');
  }
  if (lookup(t, '__iter__') === undefined && lookup(t, '__getitem__') === undefined && container.$iter === undefined) {
    throw pyError('TypeError', `argument of type '${t.__name__}' is not iterable`);
  }
  for (const x of iterate(container)) if (x === item || eq(x, item)) return true;
  return false;
}

function arrayContains(a, item) {
  if (typeof item === 'string' || (typeof item === 'number' && item === item)) {
    if (a.includes(item)) return true;
    if (typeof item === 'string') {
      for (const x of a) if (typeof x === 'object' && x !== null && eq(x, item)) return true;
      return false;
    }
  }
  for (const x of a) if (Object.is(x, item) || eq(x, item)) return true;
  return false;
}

export { AttrDict, PyFloat };
