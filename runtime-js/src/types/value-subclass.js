// Instances of Python classes that subclass an immutable built-in (int, float, str, tuple, complex):
// https://docs.python.org/3/reference/datamodel.html#object.__new__
// A plain int is a JS number, which cannot carry a class, so `class N(int)` makes objects
// that hold the plain value in `$v` beside their class and attribute dict. Such an object is
// not a number (nor a `Tuple`) to the runtime's fast paths, so every operation on it goes
// through the class's special methods, where overrides take effect; the base type's own
// methods unwrap `$v` and return plain values, as CPython's do (`N(2) + 1` is an int).

import { PyObject, typeOf, intType, floatType, strType, tupleType, complexType, boolType, isSubtype } from './type.js';
import { Tuple } from './tuple.js';
import { PyFloat } from './float.js';
import { pyError } from '../internals/errors.js';

/** An instance of a subclass of int, float, str, tuple or complex; `$v` is the base type's value. */
export class PyValueSub extends PyObject {
  /**
   * @param {!Object} cls a subclass of int, float, str, tuple or complex
   * @param {*} v a plain int (number/bigint), float (number/PyFloat), str, Tuple or PyComplex
   */
  constructor(cls, v) {
    super(cls);
    this.$v = v;
  }
}

function descriptorError(name, owner, self) {
  return pyError('TypeError',
    `descriptor '${name}' requires a '${owner}' object but received a '${typeOf(self).__name__}'`);
}

/** The int value of an int (bool kept as it is) or of an int subclass instance; `undefined` otherwise. */
export function intValueOf(x) {
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? x : undefined;
    case 'bigint': case 'boolean': return x;
  }
  return x instanceof PyValueSub && isSubtype(x.$cls, intType) ? x.$v : undefined;
}

/** `self` of an int method as a plain int (a bool becomes 0 or 1); TypeError for anything else. */
export function intSelf(x, name) {
  const v = intValueOf(x);
  if (v === undefined) throw descriptorError(name, 'int', x);
  return typeof v === 'boolean' ? +v : v;
}

/** The float value (number or PyFloat) of a float or float subclass instance; `undefined` otherwise. */
export function floatValueOf(x) {
  if (typeof x === 'number') return Number.isInteger(x) ? undefined : x;
  if (x instanceof PyFloat) return x;
  return x instanceof PyValueSub && isSubtype(x.$cls, floatType) ? x.$v : undefined;
}

/** `self` of a float method as a plain float; TypeError for anything else. */
export function floatSelf(x, name) {
  const v = floatValueOf(x);
  if (v === undefined) throw descriptorError(name, 'float', x);
  return v;
}

/** The str value of a str or str subclass instance; `undefined` otherwise. */
export function strValueOf(x) {
  if (typeof x === 'string') return x;
  return x instanceof PyValueSub && isSubtype(x.$cls, strType) ? x.$v : undefined;
}

/** `self` of a str method as a JS string; TypeError for anything else. */
export function strSelf(x, name) {
  const v = strValueOf(x);
  if (v === undefined) throw descriptorError(name, 'str', x);
  return v;
}

/** The plain complex (a PyComplex) of a complex subclass instance; `undefined` otherwise (a plain complex included). */
export function complexValueOf(x) {
  return x instanceof PyValueSub && isSubtype(x.$cls, complexType) ? x.$v : undefined;
}

/** The items of a tuple or tuple subclass instance (CPython's PyTuple_Check); `undefined` otherwise. */
export function tupleItemsOf(x) {
  if (x instanceof Tuple) return x.items;
  return x instanceof PyValueSub && x.$v instanceof Tuple ? x.$v.items : undefined;
}

/** `self` of a tuple method as a plain Tuple; TypeError for anything else. */
export function tupleSelf(x, name) {
  if (x instanceof Tuple) return x;
  if (x instanceof PyValueSub && x.$v instanceof Tuple) return x.$v;
  throw descriptorError(name, 'tuple', x);
}

/** The plain built-in value behind `x` when it is a subclass instance, else `x` itself. */
export function plainValue(x) {
  return x instanceof PyValueSub ? x.$v : x;
}

/** `base.__new__(cls, value)` for a class whose solid base is int, float, str, tuple or complex. */
export function newValueSub(cls, base, v) {
  if (!isSubtype(cls, base)) {
    throw pyError('TypeError', `${base.__name__}.__new__(${cls.__name__}): ${cls.__name__} is not a subtype of ${base.__name__}`);
  }
  return cls === base ? v : new cls.$native(cls, v);
}

for (const t of [intType, floatType, strType, tupleType, complexType]) {
  // One JS class per base, so that `class X(int, str)` is an instance lay-out conflict.
  t.$native = class extends PyValueSub {};
  // The value is set by the base type's __new__; a bare `$make` is only reached through
  // `object.__new__(cls)`, which CPython refuses for these types.
  t.$make = (cls) => {
    throw pyError('TypeError', `object.__new__(${cls.__name__}) is not safe, use ${t.__name__}.__new__()`);
  };
}
// CPython: "type 'bool' is not an acceptable base type".
boolType.$native = intType.$native;
boolType.$make = null;
