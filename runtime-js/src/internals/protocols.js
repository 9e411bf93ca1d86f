// The object protocols CPython's abstract.c and object.c implement: truth value, repr/str,
// len, hash, rich comparison, containment and subscription
// (https://docs.python.org/3/reference/datamodel.html#special-method-names).
// Each starts with the plain-JS fast cases and falls back to the dunder methods.

import {
  PyType, PyObject, objectType, typeOf, lookup, NotImplemented, Ellipsis, isSubtype,
} from '../types/type.js';
import { PyFloat } from '../types/float.js';
import { Tuple } from '../types/tuple.js';
import { call, BoundMethod } from './call.js';
import { hasArity } from './builtin-arity.js';
import { $len } from './builtin-arity-table.js';
import { pyError } from './errors.js';
import { floatRepr } from './float-repr.js';
import { intRepr } from './int-repr.js';
import { hashInt, hashFloat, hashStr, hashTupleItems, bucketOfTuple, bucketOfHash } from './hash.js';
import { setKeyProtocol } from './hash-table.js';
import { PyModule, runtimeMethodName } from './attribute.js';
import { jsName } from './js-name.js';
import { strValueOf } from '../types/value-subclass.js';
import { enter, leave } from './recursion-depth.js';
import { lazyRegExp } from './lazy-regexp.js';

/** Python's truth value of `x`: booleans first, in a body small enough for V8 to inline at every test. */
export function truthy(x) {
  if (x === true) return true;
  if (x === false) return false;
  return truthyOther(x);
}

function truthyOther(x) {
  switch (typeof x) {
    case 'boolean': return x;
    case 'number': return x !== 0;
    case 'string': return x.length !== 0;
    case 'undefined': return false;
    case 'bigint': return true;
    case 'function': return true;
  }
  if (x === null) return false;
  if (Array.isArray(x) && x.$cls === undefined) return x.length !== 0;
  if (x instanceof PyFloat) return x.v !== 0;
  const t = typeOf(x);
  const b = lookup(t, '__bool__');
  if (b !== undefined) {
    const r = call(b, x);
    if (typeof r !== 'boolean') throw pyError('TypeError', `__bool__ should return bool, returned ${typeOf(r).__name__}`);
    return r;
  }
  const l = lookup(t, '__len__');
  if (l !== undefined) return len(x) !== 0;
  return true;
}

/** `not x`. */
export function not(x) {
  return !truthy(x);
}

/** A high surrogate code unit: the only place a str's length in code points can differ. */
const HIGH_SURROGATE_RE = /[\ud800-\udbff]/;

/** `len(x)`. */
export function len(x) {
  if (typeof x === 'string') {
    let n = x.length;
    // A long str is scanned natively; most hold no surrogate at all.
    if (n > 64 && !HIGH_SURROGATE_RE.test(x)) return n;
    for (let i = 0; i < x.length; i++) {
      const c = x.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < x.length) {
        const d = x.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          n--;
          i++;
        }
      }
    }
    return n;
  }
  if (Array.isArray(x) && x.$cls === undefined) return x.length;
  const t = typeOf(x);
  const l = lookup(t, '__len__');
  if (l === undefined) throw pyError('TypeError', `object of type '${t.__name__}' has no len()`);
  const r = call(l, x);
  if (typeof r === 'boolean') return +r;
  if (typeof r !== 'number' || !Number.isInteger(r)) {
    if (typeof r === 'bigint') {
      // Past 2**53 a length is a bigint; past Py_ssize_t, CPython's OverflowError.
      if (r < 0n) throw pyError('ValueError', '__len__() should return >= 0');
      if (r < 1n << 63n) return r;
      throw pyError('OverflowError', "cannot fit 'int' into an index-sized integer");
    }
    throw pyError('TypeError', `'${typeOf(r).__name__}' object cannot be interpreted as an integer`);
  }
  if (r < 0) throw pyError('ValueError', '__len__() should return >= 0');
  return r;
}

const REPR_ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const NON_PRINTABLE = lazyRegExp(String.raw`[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]`, 'u');

/** repr() of a str, with CPython's choice of quotes and escapes. */
export function strRepr(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const e = REPR_ESCAPES[ch];
    if (e !== undefined) out += e;
    else if (ch === quote) out += '\\' + ch;
    else if (ch >= ' ' && ch < '\x7f') out += ch;
    else if (ch < ' ' || NON_PRINTABLE().test(ch)) {
      const c = ch.codePointAt(0);
      if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

const reprActive = new Set();

/** Guards recursive containers: `[...]` for a list that contains itself. */
export function reprGuard(x, placeholder, f) {
  if (reprActive.has(x)) return placeholder;
  reprActive.add(x);
  try {
    return f();
  } finally {
    reprActive.delete(x);
  }
}

/** `repr(x)`. */
export function repr(x) {
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? String(x) : floatRepr(x);
    case 'string': return strRepr(x);
    case 'boolean': return x ? 'True' : 'False';
    case 'undefined': return 'None';
    case 'bigint': return intRepr(x);
  }
  if (x === null) return 'None';
  if (x instanceof PyFloat) return floatRepr(x.v);
  if (Array.isArray(x) && x.$cls === undefined) {
    return reprGuard(x, '[...]', () => '[' + x.map(repr).join(', ') + ']');
  }
  const s = reprObject(x);
  return typeof s === 'string' ? s : s.$v;
}

/**
 * CPython's PyObject_Repr for an object: what its `__repr__` returned, which may be an
 * instance of a str subclass (an f-string's `!r` formats that object; text-producing callers
 * use `repr`).
 */
export function reprObject(x) {
  if ((typeof x !== 'object' && typeof x !== 'function') || x === null || x instanceof PyFloat ||
      (Array.isArray(x) && x.$cls === undefined)) {
    return repr(x);
  }
  enter(' while getting the repr of an object');
  try {
    return typeRepr(x);
  } finally {
    leave();
  }
}

/**
 * The text of `type(x).__repr__(x)` without PyObject_Repr's recursion check: what CPython's
 * `object.__str__` calls (the type's tp_repr, directly).
 */
export function typeRepr(x) {
  if ((typeof x !== 'object' && typeof x !== 'function') || x === null || x instanceof PyFloat ||
      (Array.isArray(x) && x.$cls === undefined)) {
    return repr(x);
  }
  const s = call(lookup(typeOf(x), '__repr__'), x);
  if (typeof s !== 'string' && strValueOf(s) === undefined) {
    throw pyError('TypeError', `__repr__ returned non-string (type ${typeOf(s).__name__})`);
  }
  return s;
}

/** `str(x)`. */
export function str(x) {
  switch (typeof x) {
    case 'string': return x;
    case 'number': return Number.isInteger(x) ? String(x) : floatRepr(x);
    case 'boolean': return x ? 'True' : 'False';
    case 'undefined': return 'None';
    case 'bigint': return intRepr(x);
  }
  if (x instanceof PyFloat) return floatRepr(x.v);
  const s = strObject(x);
  return typeof s === 'string' ? s : s.$v;
}

/**
 * CPython's PyObject_Str for an object: what its `__str__` returned, which may be an instance
 * of a str subclass (`str(x)` itself returns that object; text-producing callers use `str`).
 */
export function strObject(x) {
  if (typeof x === 'string') return x;
  if ((typeof x !== 'object' && typeof x !== 'function') || x instanceof PyFloat) return str(x);
  const t = typeOf(x);
  const f = lookup(t, '__str__');
  if (f === undefined) return repr(x);
  let s;
  enter(' while getting the str of an object');
  try {
    s = call(f, x);
  } finally {
    leave();
  }
  if (typeof s !== 'string' && strValueOf(s) === undefined) {
    throw pyError('TypeError', `__str__ returned non-string (type ${typeOf(s).__name__})`);
  }
  return s;
}

// The dunders CPython implements as type slots (their descriptors are slot wrappers), and the
// types whose own methods of those names are ordinary method descriptors instead.
const SLOT_NAMES = new Set([
  '__abs__', '__add__', '__and__', '__bool__', '__call__', '__contains__', '__delattr__', '__delete__',
  '__delitem__', '__divmod__', '__eq__', '__float__', '__floordiv__', '__ge__', '__get__',
  '__getattribute__', '__getitem__', '__gt__', '__hash__', '__iadd__', '__iand__', '__imul__',
  '__index__', '__init__', '__int__', '__invert__', '__ior__', '__isub__', '__iter__', '__ixor__',
  '__le__', '__len__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__next__',
  '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__', '__repr__', '__rfloordiv__',
  '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__rpow__', '__rrshift__', '__rshift__',
  '__rsub__', '__rtruediv__', '__rxor__', '__set__', '__setattr__', '__setitem__', '__str__',
  '__sub__', '__truediv__', '__xor__',
]);
const METHOD_NOT_SLOT = new Set(['dict.__getitem__', 'dict.__contains__', 'frozenset.__contains__', 'list.__getitem__', 'set.__contains__']);

/** Whether CPython's `cls.name` is a slot wrapper (else a method descriptor). */
export function isSlotWrapper(cls, name) {
  return SLOT_NAMES.has(name) && !METHOD_NOT_SLOT.has(`${cls.__name__}.${name}`);
}

/** Where each runtime function is a built-in type's method: [type, name], or null (see below). */
const descriptorOwners = new WeakMap();

/**
 * A runtime function that a built-in type's dict holds, repr'd as CPython reprs that descriptor
 * (`<method 'split' of 'str' objects>`, `<slot wrapper '__add__' of 'int' objects>`), or null.
 * The types are searched when the repr is asked for, not at attribute reads. A function that
 * several types share (set and frozenset, int and float) cannot tell which class it was read
 * through, so it keeps the plain `<built-in function name>` repr.
 */
function builtinDescriptorRepr(fn) {
  let owner = descriptorOwners.get(fn);
  if (owner === undefined) {
    owner = findOwner(fn);
    descriptorOwners.set(fn, owner);
  }
  if (owner === null) return null;
  const [cls, name] = owner;
  const slot = isSlotWrapper(cls, name);
  return `<${slot ? 'slot wrapper' : 'method'} '${name}' of '${cls.__name__}' objects>`;
}

function findOwner(fn) {
  let found = null;
  const seen = new Set();
  const stack = [objectType];
  while (stack.length) {
    const t = stack.pop();
    if (seen.has(t)) continue;
    seen.add(t);
    if (t.$heap === false && t.__module__ === 'builtins') {
      const d = t.$dict;
      for (const k in d) {
        if (d[k] !== fn) continue;
        if (found !== null) return null;
        found = [t, k];
      }
    }
    for (const s of t.$subclasses) stack.push(s);
  }
  return found;
}

/** The default `object.__repr__`. */
export function defaultRepr(x) {
  if (x instanceof PyType) return `<class '${x.__module__ === 'builtins' ? '' : x.__module__ + '.'}${x.__qualname__}'>`;
  if (typeof x === 'function') {
    if (x.$sig !== undefined) return `<function ${x.__qualname__} at ${idHex(x)}>`;
    // A descriptor read from a built-in class knows its owner (internals/method-descriptors.js).
    if (x.$owner !== undefined && x.$descrName !== undefined) {
      return `<${isSlotWrapper(x.$owner, x.$descrName) ? 'slot wrapper' : 'method'} '${x.$descrName}' of '${x.$owner.__name__}' objects>`;
    }
    const d = builtinDescriptorRepr(x);
    if (d !== null) return d;
    return `<built-in function ${x.__name__ || jsName(x)}>`;
  }
  if (x instanceof BoundMethod) {
    const f = x.__func__;
    if (typeof f === 'function' && f.$sig === undefined) {
      // A method implemented by the runtime, as CPython shows a method of a C type.
      // CPython names the type by its tp_name: qualified for C types, the bare name for classes.
      const t = typeOf(x.__self__);
      const owner = t.$heap === true || t.__module__ === 'builtins' ? t.__name__ : `${t.__module__}.${t.__qualname__}`;
      const name = runtimeMethodName(x.__self__, f, '__name__') ?? (f.__name__ || jsName(f));
      return `<built-in method ${name} of ${owner} object at ${idHex(x.__self__)}>`;
    }
    return `<bound method ${f.__qualname__} of ${repr(x.__self__)}>`;
  }
  if (x instanceof PyModule) return x.$builtIn ? `<module '${x.__name__}' (built-in)>` : `<module '${x.__name__}'>`;
  if (x === NotImplemented) return 'NotImplemented';
  if (x === Ellipsis) return 'Ellipsis';
  const t = typeOf(x);
  return `<${t.__module__ === 'builtins' ? '' : t.__module__ + '.'}${t.__qualname__} object at ${idHex(x)}>`;
}

const ids = new WeakMap();
let nextId = 0x7f0000001000;

/** `id(x)`: stable per object; values of primitive types get an id derived from the value. */
export function id(x) {
  if ((typeof x === 'object' && x !== null) || typeof x === 'function') {
    let i = ids.get(x);
    if (i === undefined) {
      i = nextId;
      nextId += 16;
      ids.set(x, i);
    }
    return i;
  }
  return Number(BigInt.asUintN(40, BigInt(hash(x)))) * 16 + 0x100000000000;
}

function idHex(x) {
  return '0x' + id(x).toString(16).padStart(12, '0');
}

/** `hash(x)`. */
export function hash(x) {
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? hashInt(x) : hashFloat(x);
    case 'string': return hashStr(x);
    case 'boolean': return x ? 1 : 0;
    case 'bigint': return hashInt(x);
    case 'undefined': return 0xfcd7f7d;
  }
  if (x instanceof PyFloat) return hashFloat(x.v);
  if (x instanceof Tuple) return hashTupleItems(x.items, hash);
  const t = typeOf(x);
  const h = lookup(t, '__hash__');
  if (h === undefined) throw pyError('TypeError', `unhashable type: '${t.$unhashableName ?? t.__name__}'`);
  const r = call(h, x);
  if (typeof r === 'number' && Number.isInteger(r)) return r === -1 ? -2 : r;
  // A result that fits in 64 bits is kept as it is (CPython's Py_ssize_t); a larger one is hashed.
  if (typeof r === 'bigint') return r === BigInt.asIntN(64, r) ? r : hashInt(r);
  if (typeof r === 'boolean') return +r;
  throw pyError('TypeError', '__hash__ method should return an integer');
}

/** The default `object.__hash__`: identity. */
export function identityHash(x) {
  return Math.floor(id(x) / 16);
}

function numeric(x) {
  switch (typeof x) {
    case 'number':
    case 'bigint':
      return true;
    case 'boolean':
      return true;
  }
  return x instanceof PyFloat;
}

function numValue(x) {
  return typeof x === 'boolean' ? +x : x instanceof PyFloat ? x.v : x;
}

/** Lexicographic comparison of two strs by code point (JS compares UTF-16 code units). */
export function strCompare(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && x <= 0xdfff) x += 0x10000;
      if (y >= 0xd800 && y <= 0xdfff) y += 0x10000;
      return x < y ? -1 : 1;
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

const SWAPPED = { __eq__: '__eq__', __ne__: '__ne__', __lt__: '__gt__', __gt__: '__lt__', __le__: '__ge__', __ge__: '__le__' };
const SYMBOL = { __lt__: '<', __gt__: '>', __le__: '<=', __ge__: '>=' };

/** CPython's do_richcompare: reflected operand first when it is a subclass, then identity for ==/!=. */
export function richCompare(a, b, op) {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const rf = lookup(tb, SWAPPED[op]);
    if (rf !== undefined) {
      checkedReverse = true;
      const r = call(rf, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const f = lookup(ta, op);
  if (f !== undefined) {
    const r = call(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const rf = lookup(tb, SWAPPED[op]);
    if (rf !== undefined) {
      const r = call(rf, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === '__eq__') return a === b;
  if (op === '__ne__') return a !== b;
  throw pyError('TypeError', `'${SYMBOL[op]}' not supported between instances of '${ta.__name__}' and '${tb.__name__}'`);
}

/** `a == b` as a JS boolean (the common case); `eqObj` returns what `__eq__` returned. */
export function eq(a, b) {
  if (a === b) return typeof a === 'number' ? a === a : !(a instanceof PyFloat && a.v !== a.v);
  const ta = typeof a;
  const tb = typeof b;
  if (ta !== 'object' && tb !== 'object' && ta !== 'function' && tb !== 'function') {
    if (ta === 'string' || tb === 'string' || ta === 'undefined' || tb === 'undefined') return false;
    return numValue(a) == numValue(b);
  }
  if (a instanceof Tuple && b instanceof Tuple) return seqEq(a.items, b.items);
  if (numeric(a) && numeric(b)) return numValue(a) == numValue(b);
  if (Array.isArray(a) && Array.isArray(b) && a.$cls === undefined && b.$cls === undefined) return seqEq(a, b);
  return truthy(richCompare(a, b, '__eq__'));
}

/** `a != b` as a JS boolean. */
export function ne(a, b) {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null &&
      !(a instanceof Tuple) && !Array.isArray(a) && !(a instanceof PyFloat)) {
    return truthy(richCompare(a, b, '__ne__'));
  }
  return !eq(a, b);
}

function seqEq(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (p !== q && !Object.is(p, q) && !eq(p, q)) return false;
  }
  return true;
}

function seqCompare(x, y, op, a, b) {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] !== y[i] && !eq(x[i], y[i])) return compare(x[i], y[i], op);
  }
  const d = x.length - y.length;
  switch (op) {
    case '__lt__': return d < 0;
    case '__le__': return d <= 0;
    case '__gt__': return d > 0;
    default: return d >= 0;
  }
}

/** `a < b` and friends; returns whatever the dunder returned (usually a bool). */
export function compare(a, b, op) {
  const ta = typeof a;
  if (ta === 'number' && typeof b === 'number') {
    switch (op) {
      case '__lt__': return a < b;
      case '__le__': return a <= b;
      case '__gt__': return a > b;
      default: return a >= b;
    }
  }
  if (ta === 'string' && typeof b === 'string') {
    const c = strCompare(a, b);
    switch (op) {
      case '__lt__': return c < 0;
      case '__le__': return c <= 0;
      case '__gt__': return c > 0;
      default: return c >= 0;
    }
  }
  if (numeric(a) && numeric(b)) {
    const x = numValue(a);
    const y = numValue(b);
    switch (op) {
      case '__lt__': return x < y;
      case '__le__': return x <= y;
      case '__gt__': return x > y;
      default: return x >= y;
    }
  }
  if (Array.isArray(a) && Array.isArray(b) && a.$cls === undefined && b.$cls === undefined) return seqCompare(a, b, op);
  if (a instanceof Tuple && b instanceof Tuple) return seqCompare(a.items, b.items, op);
  return richCompare(a, b, op);
}

export function lt(a, b) {
  return typeof a === 'number' && typeof b === 'number' ? a < b : compare(a, b, '__lt__');
}
export function le(a, b) {
  return typeof a === 'number' && typeof b === 'number' ? a <= b : compare(a, b, '__le__');
}
export function gt(a, b) {
  return typeof a === 'number' && typeof b === 'number' ? a > b : compare(a, b, '__gt__');
}
export function ge(a, b) {
  return typeof a === 'number' && typeof b === 'number' ? a >= b : compare(a, b, '__ge__');
}
/** `a == b` returning the value of `__eq__` (for user classes that return non-bools). */
export function eqValue(a, b) {
  if (a instanceof PyObject || b instanceof PyObject) return richCompare(a, b, '__eq__');
  return eq(a, b);
}
export function neValue(a, b) {
  if (a instanceof PyObject || b instanceof PyObject) return richCompare(a, b, '__ne__');
  return !eq(a, b);
}

/** The hash-table bucket of a non-primitive key: a number that is a function of hash(x). */
function bucketHash(x) {
  return x instanceof Tuple ? bucketOfTuple(x.items, hash) : bucketOfHash(hash(x));
}

setKeyProtocol(hash, eq, bucketHash);

// Called through a value, len checks its arguments as CPython does (internals/call.js).
hasArity(len, $len);
