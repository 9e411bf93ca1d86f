// Inline caches for the code generator's per-name helpers (`obj.m(args)` and `obj.x` loads).
//
// A class's flattened attribute table (`$attrs`, types/type.js) is replaced by a new object
// whenever the class or any class on its MRO changes (attribute set or deleted on a class),
// so the table's identity is the class's version: a cache entry keyed by it can never see a
// stale lookup. Assigning `__class__` changes the instance's class, hence its table. What the
// table cannot tell, the helpers still check on every hit: the instance dict shadowing a method.

import { PyObject, buildAttrs, tupleType, floatType, strType, listType, dictType, setType } from '../types/type.js';
import { PyDict } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { PyFloat } from '../types/float.js';
import { Tuple } from '../types/tuple.js';
import { getattr, objectGetattribute } from './attribute.js';
import { instanceHas } from './instance-attrs.js';

/** Never the `$attrs` of a class: the key of an empty cache slot. */
const EMPTY = new (function Empty() {})();

/**
 * The cache of one method-call helper: up to four (attribute table -> plain function) pairs,
 * so a call site that sees a few classes (an overridden method) stays cached.
 */
export class MethodCache {
  constructor(name, arity) {
    this.name = name;
    this.nparams = arity + 1;
    this.a0 = EMPTY;
    this.f0 = undefined;
    this.a1 = EMPTY;
    this.f1 = undefined;
    this.a2 = EMPTY;
    this.f2 = undefined;
    this.a3 = EMPTY;
    this.f3 = undefined;
    this.next = 0;
    // The method of each built-in receiver type, found for the type's attribute table `*a`.
    this.sa = EMPTY;
    this.sf = null;
    this.la = EMPTY;
    this.lf = null;
    this.da = EMPTY;
    this.df = null;
    this.ea = EMPTY;
    this.ef = null;
  }
}

/** A fresh cache for the helper that calls method `name` with `arity` positional arguments. */
export function methodCache(name, arity) {
  return new MethodCache(name, arity);
}

/**
 * The function to call as `f(obj, ...args)` for `obj.name(...args)`, remembered in `c` for
 * `obj`'s class; `undefined` when the generic protocol must run: not a Python instance, a
 * `__getattribute__` override, the attribute not a plain function on the class (a descriptor,
 * staticmethod, classmethod, callable object, missing), a signature that needs argument
 * binding, or the instance dict holding the name.
 */
export function cacheMethod(c, obj) {
  if (!(obj instanceof PyObject)) return undefined;
  const t = obj.$cls;
  const at = t.$attrs || buildAttrs(t);
  if (at.__getattribute__ !== objectGetattribute) return undefined;
  const name = c.name;
  const f = at[name];
  if (typeof f !== 'function' || f.$free === true) return undefined;
  const sig = f.$sig;
  if (sig !== undefined && !(sig.simple && sig.nparams === c.nparams)) return undefined;
  if (instanceHas(obj, name)) return undefined;
  switch (c.next) {
    case 0: c.a0 = at; c.f0 = f; break;
    case 1: c.a1 = at; c.f1 = f; break;
    case 2: c.a2 = at; c.f2 = f; break;
    default: c.a3 = at; c.f3 = f; break;
  }
  c.next = (c.next + 1) & 3;
  return f;
}

/**
 * For `obj.name(...args)` on an exact str, list, dict or set (never a subclass, which may
 * override the method; instances of these types have no instance dict): the function the
 * generic call (`callMethod*`) would find and call directly with `(obj, ...args)`, or null
 * when that call would take another way (no such method, a signature that binds arguments)
 * or `obj` is of another type. Remembered per helper for the type's current attribute table.
 */
export function builtinMethod(c, obj) {
  if (typeof obj === 'string') {
    return strType.$attrs === c.sa ? c.sf : (c.sf = direct(c, (c.sa = strType.$attrs || buildAttrs(strType))));
  }
  if (Array.isArray(obj)) {
    if (obj.$cls !== undefined) return null;
    return listType.$attrs === c.la ? c.lf : (c.lf = direct(c, (c.la = listType.$attrs || buildAttrs(listType))));
  }
  if (obj instanceof PyDict) {
    if (obj.$cls !== dictType) return null;
    return dictType.$attrs === c.da ? c.df : (c.df = direct(c, (c.da = dictType.$attrs || buildAttrs(dictType))));
  }
  if (obj instanceof PySet) {
    if (obj.$cls !== setType) return null;
    return setType.$attrs === c.ea ? c.ef : (c.ef = direct(c, (c.ea = setType.$attrs || buildAttrs(setType))));
  }
  return null;
}

/** What `callMethod*` finds in attribute table `at` and calls directly, or null. */
function direct(c, at) {
  if (at.__getattribute__ !== objectGetattribute) return null;
  const f = at[c.name];
  if (typeof f !== 'function') return null;
  const sig = f.$sig;
  return sig === undefined || (sig.simple && sig.nparams === c.nparams) ? f : null;
}

/** The cache of one attribute-load helper for class-level constants: one (table -> value) pair. */
export class ClassAttrCache {
  constructor(name) {
    this.name = name;
    this.a = EMPTY;
    this.v = undefined;
  }
}

/** A fresh cache for the helper that loads attribute `name`. */
export function classAttrCache(name) {
  return new ClassAttrCache(name);
}

/**
 * `obj.name` after the helper's fast path missed. When `obj` is an instance of a class without
 * data descriptors or attribute hooks, its dict does not hold the name and the class attribute
 * cannot act as a descriptor (None, bool, int, float, str, tuple: built-in types cannot gain
 * `__get__`), the value is remembered for the class's current attribute table, which the
 * helper compares before calling here again.
 */
export function loadAttr(c, obj) {
  const name = c.name;
  if (obj instanceof PyObject && obj.$cls.$plain === true && !instanceHas(obj, name)) {
    const t = obj.$cls;
    const at = t.$attrs || buildAttrs(t);
    const v = at[name];
    if ((v !== undefined || name in at) && inert(v)) {
      c.a = at;
      c.v = v;
      return v;
    }
  }
  return getattr(obj, name);
}

function inert(v) {
  switch (typeof v) {
    case 'object':
      return v === null || (v instanceof Tuple && v.$cls === tupleType) || (v instanceof PyFloat && v.$cls === floatType);
    case 'function':
      return false;
    default:
      return true;
  }
}
