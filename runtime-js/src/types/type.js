// Python's `type` and `object`: https://docs.python.org/3/reference/datamodel.html#the-standard-type-hierarchy
// Every Python value has a PyType; classes keep their own namespace in `$dict` and a
// flattened view of the whole MRO in `$attrs` (rebuilt lazily after a class changes),
// so attribute lookup is one property read instead of a walk over the MRO.

import { Tuple } from './tuple.js';
import { PyFloat } from './float.js';
import { pyError } from '../internals/errors.js';
import { advanceAttrEpoch } from '../internals/attr-epoch.js';

/** A namespace object with no inherited keys, yet fast-mode in V8 (unlike `Object.create(null)`). */
export function AttrDict() {}
AttrDict.prototype = Object.create(null);

/**
 * An instance of a class defined in Python (and of object, exceptions, ...). Its attributes
 * are own properties named with a `$$` prefix (internals/instance-attrs.js).
 */
export class PyObject {
  /** @param {!PyType} cls */
  constructor(cls) {
    this.$cls = cls;
    // The attributes that hold an integral float (internals/instance-attrs.js); set here so that
    // every instance of a class starts with the same V8 hidden class.
    this.$fi = null;
  }
}
// For an instance made without the constructor; writable, so that an own `$fi` can be set.
Object.defineProperty(PyObject.prototype, '$fi', { value: null, writable: true, enumerable: false });
// The brand generated code tests (`o != null && o.$py === true`) instead of
// `o instanceof PyObject`: V8 folds a load from a stable prototype to a map check, while an
// `instanceof` against an imported class stays a prototype-chain walk.
Object.defineProperty(PyObject.prototype, '$py', { value: true, enumerable: false });

let typeType = null;

/** A Python class object. */
export class PyType {
  /**
   * @param {string} name
   * @param {!Array<!PyType>} bases
   * @param {!Object} dict the class namespace (an AttrDict)
   */
  constructor(name, bases, dict, module = 'builtins', qualname = name) {
    this.$cls = typeType;
    this.__name__ = name;
    this.__qualname__ = qualname;
    this.__module__ = module;
    this.$bases = bases;
    this.$dict = dict;
    this.$attrs = null;
    this.$subclasses = [];
    /** The JS constructor instances are made with (PyObject, Array, PyDict, ...). */
    this.$native = bases.length ? bases[0].$native : null;
    /** Creates an instance for `__new__` of a class that has this as its solid base. */
    this.$make = bases.length ? bases[0].$make : null;
    this.$new = null;
    /** True when no data descriptor or attribute hook exists on the MRO (computed lazily). */
    this.$plain = undefined;
    /** True for classes made by a `class` statement (CPython's heap types), false for built-ins. */
    this.$heap = false;
    /** True when instances have no `__dict__` (`object()`). */
    this.$dictless = false;
    /** The `$attrs` table for which `$initFn` was found to be the whole of a call (types/object.js). */
    this.$ctorAttrs = undefined;
    this.$initFn = null;
    this.$mro = computeMro(this);
    /** The JS prototype of the instances (made on first use, internals: instanceProto). */
    this.$proto = null;
    /** Method name -> the `$m<n>$name` key that holds it on `$proto`. */
    this.$protoKeys = null;
    for (const b of bases) b.$subclasses.push(this);
  }
}

/** Looks `name` up along the MRO (flattened view); `undefined` when absent or None. */
export function lookup(t, name) {
  return (t.$attrs || buildAttrs(t))[name];
}

/** Whether the class or a base defines `name`. */
export function hasAttrInMro(t, name) {
  return name in (t.$attrs || buildAttrs(t));
}

export function buildAttrs(t) {
  const a = new AttrDict();
  for (let i = t.$mro.length - 1; i >= 0; i--) {
    const d = t.$mro[i].$dict;
    for (const k in d) a[k] = d[k];
  }
  t.$attrs = a;
  if (t.$proto !== null) fillProto(t, a);
  return a;
}

/**
 * Forgets the flattened views of `t` and its subclasses after its namespace changed, and keeps
 * their instance prototypes exact: `name` is the attribute that changed (already stored in
 * `$dict`), or undefined when any may have.
 */
export function invalidateAttrs(t, name) {
  t.$attrs = null;
  t.$plain = undefined;
  if (t.$proto !== null) protoChanged(t, name);
  for (const s of t.$subclasses) invalidateAttrs(s, name);
}

// Instance prototypes. Every instance made by `object.__new__` (`newInstance`) has its class's
// own JS prototype, which inherits from PyObject.prototype and carries:
// - `$pl` (inherited): true only while the class is plain (`$plain`: no data descriptor, no
//   `__getattribute__`/`__setattr__`/`__delattr__` override, instances have a `__dict__`), so the
//   generated fast paths of loads and stores test one property, which V8 folds to a map check;
// - for each method name whose class attribute (along the MRO) is a Python function with a
//   simple signature of n parameters, while `__getattribute__` is object's: the function under
//   `$m<n>$<name>`, so a call `o.name(...)` with n-1 arguments is a property load that V8
//   resolves per hidden class (and inlines), as for a JS method. A key holds `undefined` when the
//   generic call must run. Instance attributes are `$$`-prefixed keys, so they never collide.
// The entries are rewritten whenever the answer changes (`invalidateAttrs`, `__class__`
// assignment), and only when their value differs, so that V8 keeps them constant.

let plainOf = null;
let genericGetattribute = null;

/** Installs the plainness test and `object.__getattribute__` (internals/attribute.js). */
export function setProtoHooks(plain, getattribute) {
  plainOf = plain;
  genericGetattribute = getattribute;
}

// The plain flag lives one level up, on one of two shared objects that a class prototype inherits
// from, so that every instance's `$pl` has the same holder and value whatever its class: V8 checks a
// site's few hidden classes against it at once instead of dispatching on each (measured on richards).
const PLAIN = Object.create(PyObject.prototype);
PLAIN.$pl = true;
const NOT_PLAIN = Object.create(PyObject.prototype);
NOT_PLAIN.$pl = false;

function setPlain(p, plain) {
  const want = plain ? PLAIN : NOT_PLAIN;
  if (Object.getPrototypeOf(p) !== want) {
    // Facts remembered by generated code say `$pl === true` (internals/attr-epoch.js).
    if (!plain) advanceAttrEpoch();
    Object.setPrototypeOf(p, want);
  }
}

/** The JS prototype of the instances of `t` made by `newInstance`. */
export function instanceProto(t) {
  let p = t.$proto;
  if (p !== null) return p;
  p = Object.create(NOT_PLAIN);
  t.$proto = p;
  t.$protoKeys = new Map();
  if (t.$attrs === null) buildAttrs(t);
  else fillProto(t, t.$attrs);
  return p;
}

/** An instance of `t` with no attributes: `object.__new__(t)`. */
export function newInstance(t) {
  const o = Object.create(t.$proto || instanceProto(t));
  o.$cls = t;
  // Own from the start, as the PyObject constructor sets it: an instance that comes to hold an
  // integral float keeps its class's hidden class (measured faster on nbody and richards).
  o.$fi = null;
  return o;
}

function methodKey(f) {
  if (typeof f !== 'function') return null;
  const sig = f.$sig;
  return sig !== undefined && sig.simple === true ? '$m' + sig.nparams + '$' : null;
}

/** Sets the method entry of `name` on `t`'s prototype to `f` (a class attribute) or none. */
function setMethod(t, name, f) {
  const p = t.$proto;
  const keys = t.$protoKeys;
  const prefix = methodKey(f);
  const key = prefix === null ? null : prefix + name;
  const old = keys.get(name);
  if (old !== undefined && old !== key) {
    p[old] = undefined;
    keys.delete(name);
  }
  if (key !== null) {
    if (p[key] !== f) p[key] = f;
    keys.set(name, key);
  }
}

function fillProto(t, at) {
  const p = t.$proto;
  const plain = plainOf !== null && plainOf(t) === true;
  setPlain(p, plain);
  const methods = genericGetattribute !== null && at.__getattribute__ === genericGetattribute;
  const keys = t.$protoKeys;
  for (const name of [...keys.keys()]) setMethod(t, name, methods ? at[name] : undefined);
  if (!methods) return;
  // The methods of classes made by `class` statements (built-in types' methods take the generic call).
  for (const c of t.$mro) {
    if (c.$heap !== true) continue;
    for (const name in c.$dict) setMethod(t, name, at[name]);
  }
}

/** `name` (undefined: any) of `t`'s namespace or of a base's changed: `$attrs` is null. */
function protoChanged(t, name) {
  const p = t.$proto;
  if (name === undefined || name === '__getattribute__' || name === '__setattr__' || name === '__delattr__'
      || plainOf === null) {
    setPlain(p, false);
    for (const n of [...t.$protoKeys.keys()]) setMethod(t, n, undefined);
    return;
  }
  let v;
  for (const c of t.$mro) {
    if (name in c.$dict) {
      v = c.$dict[name];
      break;
    }
  }
  // A data descriptor may now be found; anything else leaves the class as plain as it was.
  if (v !== null && typeof v === 'object') setPlain(p, false);
  let ga;
  for (const c of t.$mro) {
    if ('__getattribute__' in c.$dict) {
      ga = c.$dict.__getattribute__;
      break;
    }
  }
  setMethod(t, name, ga === genericGetattribute ? v : undefined);
}

/** C3 linearization: https://www.python.org/download/releases/2.3/mro/ */
export function computeMro(t) {
  if (t.$bases.length === 0) return [t];
  // One base: C3 gives the class followed by the base's MRO (the common case, at start-up too).
  if (t.$bases.length === 1) return [t, ...t.$bases[0].$mro];
  const seqs = t.$bases.map((b) => b.$mro.slice());
  seqs.push(t.$bases.slice());
  const out = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (nonEmpty.length === 0) return out;
    let head = null;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((o) => o.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === null) {
      const names = [];
      for (const s of nonEmpty) if (!names.includes(s[0].__name__)) names.push(s[0].__name__);
      throw pyError(
        'TypeError',
        'Cannot create a consistent method resolution\norder (MRO) for bases ' + names.join(', '));
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

function nativeType(name, base, native) {
  const t = new PyType(name, base ? [base] : [], new AttrDict());
  if (native) t.$native = native;
  return t;
}

export const objectType = nativeType('object', null, PyObject);
objectType.$make = newInstance;
objectType.$dictless = true;
typeType = nativeType('type', objectType, PyType);
objectType.$cls = typeType;
typeType.$cls = typeType;

export const intType = nativeType('int', objectType);
export const boolType = nativeType('bool', intType);
export const floatType = nativeType('float', objectType);
export const complexType = nativeType('complex', objectType);
export const strType = nativeType('str', objectType);
export const bytesType = nativeType('bytes', objectType);
export const noneType = nativeType('NoneType', objectType);
export const notImplementedType = nativeType('NotImplementedType', objectType);
export const ellipsisType = nativeType('ellipsis', objectType);
export const listType = nativeType('list', objectType, Array);
export const tupleType = nativeType('tuple', objectType, Tuple);
export const dictType = nativeType('dict', objectType);
export const setType = nativeType('set', objectType);
export const frozensetType = nativeType('frozenset', objectType);
export const rangeType = nativeType('range', objectType);
export const sliceType = nativeType('slice', objectType);
export const functionType = nativeType('function', objectType);
export const builtinFunctionType = nativeType('builtin_function_or_method', objectType);
export const methodType = nativeType('method', objectType);
export const generatorType = nativeType('generator', objectType);
export const coroutineType = nativeType('coroutine', objectType);
export const moduleType = nativeType('module', objectType);
export const iteratorType = nativeType('iterator', objectType);
export { typeType };

Tuple.prototype.$cls = tupleType;
PyFloat.prototype.$cls = floatType;

/** The singleton NotImplemented. */
export const NotImplemented = Object.freeze({ $cls: notImplementedType });
/** The singleton Ellipsis. */
export const Ellipsis = Object.freeze({ $cls: ellipsisType });

/** `type(x)`: the class of any Python value. */
export function typeOf(x) {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? intType : floatType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    case 'undefined':
      return noneType;
    case 'bigint':
      return intType;
    case 'function':
      return x.$sig !== undefined ? functionType : builtinFunctionType;
    default:
      if (x === null) return noneType;
      return x.$cls || (Array.isArray(x) ? listType : objectType);
  }
}

/** `issubclass(a, b)` for two classes. */
export function isSubtype(a, b) {
  return a === b || a.$mro.includes(b);
}

/** `isinstance(x, t)` for one class `t`. */
export function isInstance(x, t) {
  const xt = typeOf(x);
  return xt === t || xt.$mro.includes(t);
}
