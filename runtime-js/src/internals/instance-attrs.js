// Where an instance keeps its attributes (its `__dict__`): https://docs.python.org/3/reference/datamodel.html#object.__dict__
//
// Inline (the usual state): each attribute is an own JS property of the instance named
// ATTR_PREFIX + name (`self.x` is `self.$$x`), so V8 gives the instances of a class one hidden
// class and a load in generated code becomes a field load. Runtime fields start with a single
// `$` and never with `$$`, so no Python name can collide with them, nor with JS's own names
// (`constructor`, `__proto__`); a prefixed key is never integer-like, so the order of the own
// keys is the order in which the attributes were first set, as in CPython's instance dict.
//
// Materialised: `obj.__dict__` and `vars(obj)` must be a live, real `dict`. The first time the
// program takes it, the attributes move into a dict kept in `$vars`, and stay there for the
// rest of the instance's life (CPython too keeps the dict once it exists). A PyObject gets an own
// `$py = false`, so the fast paths of generated code (which test `o.$py === true` before touching
// `o.$$x`) leave it to the runtime; reads are safe anyway, as such an instance has no `$$` keys.
//
// Integral floats: a float whose value is integral (or -0.0) is a `PyFloat` box everywhere else,
// but a PyObject's own property holds its raw double, and the instance's `$fi` (null, the
// common case, or a Map from attribute name to the box) says which attributes hold one. A box
// stored in a field would make V8 generalise that field of the shared hidden class from a
// double to a tagged value, and from then on every float stored there by any instance
// allocates a heap number (nbody: the sun's `0.0` coordinates). Reads give back the very box
// that was stored, so `type`, `repr`, `is` and `vars()` see what CPython shows. Generated code
// stores a value directly only while `$fi` is null and the value is not a box, and reads a
// field directly only while `$fi` is null (codegen AttributeAccessors).

import { PyObject, PyType } from '../types/type.js';
import { PyDict } from '../types/dict.js';
import { PyFloat } from '../types/float.js';
import { advanceAttrEpoch } from './attr-epoch.js';

/** What every attribute's own property name starts with. */
export const ATTR_PREFIX = '$$';

/** Returned by `instanceGet` when the instance has no such attribute (a value may be `undefined`: None). */
export const NO_ATTR = Symbol('no attribute');

/** The own property that holds attribute `name` of an inline instance. */
export function attrKey(name) {
  return ATTR_PREFIX + name;
}

/**
 * Whether `obj` has an instance `__dict__`: an instance of a Python class (not of `object`
 * itself, nor of a class whose `__slots__` leave it out), or of a class statement's subclass
 * of list, dict or set.
 */
export function hasInstanceDict(obj) {
  if (obj instanceof PyObject) return obj.$cls.$dictless !== true;
  return obj !== null && typeof obj === 'object' && !(obj instanceof PyType)
    && obj.$cls !== undefined && obj.$cls.$heap === true && obj.$cls.$dictless !== true;
}

/** The value of the instance attribute `name`, or NO_ATTR. */
export function instanceGet(obj, name) {
  const d = obj.$vars;
  if (d !== undefined) {
    const i = d.find(name);
    return i < 0 ? NO_ATTR : d.v[i];
  }
  const k = ATTR_PREFIX + name;
  return k in obj ? fieldValue(obj, name, obj[k]) : NO_ATTR;
}

/**
 * The Python value of inline attribute `name` whose own property holds `v`: the box stored
 * there when the attribute holds an integral float, else `v` itself.
 */
export function fieldValue(obj, name, v) {
  const f = obj.$fi;
  if (f != null) {
    const box = f.get(name);
    if (box !== undefined) return box;
  }
  return v;
}

/**
 * Stores `value` in inline attribute `name` of `obj`: a `PyFloat` as its raw double, marked in
 * `$fi`, on a PyObject (other owners of inline attributes, subclasses of list, dict and set, keep
 * the box as it is).
 */
export function storeField(obj, name, value) {
  const k = ATTR_PREFIX + name;
  const f = obj.$fi;
  if (value instanceof PyFloat && f !== undefined) {
    obj[k] = value.v;
    if (f === null) {
      // Facts remembered by generated code say `$fi === null` (internals/attr-epoch.js).
      advanceAttrEpoch();
      obj.$fi = new Map([[name, value]]);
    }
    else f.set(name, value);
    return;
  }
  obj[k] = value;
  if (f != null) unmark(obj, f, name);
}

function unmark(obj, f, name) {
  if (f.delete(name) && f.size === 0) obj.$fi = null;
}

/** Whether the instance holds attribute `name`. */
export function instanceHas(obj, name) {
  const d = obj.$vars;
  return d !== undefined ? d.find(name) >= 0 : (ATTR_PREFIX + name) in obj;
}

/** Sets the instance attribute `name`. */
export function instanceSet(obj, name, value) {
  const d = obj.$vars;
  if (d !== undefined) d.put(name, value);
  else storeField(obj, name, value);
}

/** Removes the instance attribute `name`; false when there was none. */
export function instanceDelete(obj, name) {
  const d = obj.$vars;
  if (d !== undefined) {
    const i = d.find(name);
    if (i < 0) return false;
    d.removeAt(i);
    return true;
  }
  const k = ATTR_PREFIX + name;
  if (!(k in obj)) return false;
  delete obj[k];
  if (obj.$fi != null) unmark(obj, obj.$fi, name);
  return true;
}

/** The attribute names of the instance, in insertion order (str keys only, as `dir` lists). */
export function instanceNames(obj) {
  const d = obj.$vars;
  if (d !== undefined) return [...d.keys()].filter((k) => typeof k === 'string');
  const names = [];
  for (const k of Object.keys(obj)) if (k.startsWith(ATTR_PREFIX)) names.push(k.slice(ATTR_PREFIX.length));
  return names;
}

/** `obj.__dict__`: the live dict of the instance, made on first use from its inline attributes. */
export function instanceDict(obj) {
  let d = obj.$vars;
  if (d !== undefined) return d;
  d = new PyDict();
  for (const k of Object.keys(obj)) {
    if (k.startsWith(ATTR_PREFIX)) {
      const name = k.slice(ATTR_PREFIX.length);
      d.put(name, fieldValue(obj, name, obj[k]));
      delete obj[k];
    }
  }
  if (obj.$fi != null) obj.$fi = null;
  useDict(obj, d);
  return d;
}

/** `obj.__dict__ = d`: the instance's attributes become those of `d` (a dict), kept live. */
export function replaceInstanceDict(obj, d) {
  if (obj.$vars === undefined) {
    for (const k of Object.keys(obj)) if (k.startsWith(ATTR_PREFIX)) delete obj[k];
    if (obj.$fi != null) obj.$fi = null;
  }
  useDict(obj, d);
}

function useDict(obj, d) {
  Object.defineProperty(obj, '$vars', { value: d, writable: true, configurable: true, enumerable: false });
  if (obj instanceof PyObject) {
    // Facts remembered by generated code say `$pl === true` (internals/attr-epoch.js).
    advanceAttrEpoch();
    Object.defineProperty(obj, '$py', { value: false, configurable: true, enumerable: false });
    Object.defineProperty(obj, '$pl', { value: false, configurable: true, enumerable: false });
  }
}
