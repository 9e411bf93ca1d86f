// Structural pattern matching: https://docs.python.org/3/reference/compound_stmts.html#the-match-statement
// The runtime halves of CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and
// MATCH_CLASS instructions (Python/ceval.c); the generated code does the rest inline.

import {
  typeOf, PyType, PyObject, objectType, isSubtype, listType, tupleType, rangeType, dictType, boolType, bytesType,
  floatType, frozensetType, intType, setType, strType,
} from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { PyDict, dictUpdate } from '../types/dict.js';
import { PySet } from '../types/set.js';
import { pyError } from './errors.js';
import { call } from './call.js';
import { getattr } from './attribute.js';
import { repr } from './protocols.js';
import { isinstance } from '../builtins/reflection.js';
import { AttributeError, toPyException } from '../types/exceptions.js';
import { strValueOf } from '../types/value-subclass.js';

/** Classes whose instances (and their subclasses' instances) match sequence patterns (Py_TPFLAGS_SEQUENCE). */
const SEQUENCE_TYPES = [listType, tupleType, rangeType];
/** Classes whose instances match mapping patterns (Py_TPFLAGS_MAPPING). */
const MAPPING_TYPES = [dictType];
/** Built-in classes whose single positional sub-pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF_TYPES = [boolType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

function hasFlag(t, flagged) {
  for (const c of t.$mro) if (flagged.includes(c)) return true;
  return false;
}

/** Marks `t` (and its subclasses) as a sequence for `case [...]`, as `collections.abc.Sequence.register` does. */
export function registerSequence(t) {
  if (!SEQUENCE_TYPES.includes(t)) SEQUENCE_TYPES.push(t);
}

/** Marks `t` (and its subclasses) as a mapping for `case {...}`, as `collections.abc.Mapping.register` does. */
export function registerMapping(t) {
  if (!MAPPING_TYPES.includes(t)) MAPPING_TYPES.push(t);
}

/** MATCH_SEQUENCE: whether `x` may match a sequence pattern (never str, bytes or bytearray). */
export function matchSequence(x) {
  if (Array.isArray(x) && x.$cls === undefined) return true;
  if (x instanceof Tuple && x.$cls === tupleType) return true;
  if (typeof x !== 'object' || x === null) return false;
  return hasFlag(typeOf(x), SEQUENCE_TYPES);
}

/** MATCH_MAPPING: whether `x` may match a mapping pattern. */
export function matchMapping(x) {
  if (x instanceof PyDict && (x.$cls === undefined || x.$cls === dictType)) return true;
  if (typeof x !== 'object' || x === null) return false;
  return hasFlag(typeOf(x), MAPPING_TYPES);
}

/** The sentinel `get` returns for a missing key (CPython passes a fresh `object()`). */
const MISSING = new PyObject(objectType);

/**
 * MATCH_KEYS: the values of `keys` in `subject` (looked up with `subject.get(key, sentinel)`),
 * or null when one is missing; a key that repeats raises ValueError.
 */
export function matchKeys(subject, keys) {
  if (keys.length === 0) return [];
  const exact = subject instanceof PyDict && (subject.$cls === undefined || subject.$cls === dictType);
  const get = exact ? null : getattr(subject, 'get');
  const seen = new PySet();
  const values = [];
  for (const key of keys) {
    if (seen.has(key)) throw pyError('ValueError', `mapping pattern checks duplicate key (${repr(key)})`);
    seen.add(key);
    const value = exact ? subject.get(key, MISSING) : call(get, key, MISSING);
    if (value === MISSING) return null;
    values.push(value);
  }
  return values;
}

/** The `**rest` of a mapping pattern: a new dict of `subject`'s items without `keys`. */
export function mappingRest(subject, keys) {
  const rest = new PyDict();
  dictUpdate(rest, subject);
  for (const key of keys) rest.delItem(key);
  return rest;
}

function attribute(subject, cls, name, seen) {
  if (seen.has(name)) throw pyError('TypeError', `${cls.__name__}() got multiple sub-patterns for attribute ${repr(name)}`);
  seen.add(name);
  try {
    return { value: getattr(subject, name) };
  } catch (e) {
    const pe = toPyException(e);
    if (isSubtype(pe.$cls, AttributeError)) return null;
    throw pe;
  }
}

/**
 * MATCH_CLASS: when `subject` is an instance of `cls`, the values its `nargs` positional
 * sub-patterns (through `__match_args__`) and its keyword sub-patterns `names` match against;
 * otherwise (or when an attribute is missing) null.
 */
export function matchClass(subject, cls, nargs, names) {
  if (!(cls instanceof PyType)) throw pyError('TypeError', 'called match pattern must be a type');
  if (!isinstance(subject, cls)) return null;
  const seen = new Set();
  const values = [];
  if (nargs > 0) {
    let matchArgs;
    let matchSelf = false;
    try {
      matchArgs = getattr(cls, '__match_args__');
    } catch (e) {
      const pe = toPyException(e);
      if (!isSubtype(pe.$cls, AttributeError)) throw pe;
      matchArgs = null;
      matchSelf = hasFlag(cls, MATCH_SELF_TYPES);
    }
    if (matchArgs !== null && !(matchArgs instanceof Tuple && matchArgs.$cls === tupleType)) {
      throw pyError('TypeError', `${cls.__name__}.__match_args__ must be a tuple (got ${typeOf(matchArgs).__name__})`);
    }
    const allowed = matchSelf ? 1 : matchArgs === null ? 0 : matchArgs.items.length;
    if (allowed < nargs) {
      throw pyError('TypeError',
        `${cls.__name__}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) {
      values.push(subject);
    } else {
      for (let i = 0; i < nargs; i++) {
        let name = matchArgs.items[i];
        if (typeof name !== 'string' && strValueOf(name) !== undefined) name = strValueOf(name);
        if (typeof name !== 'string') {
          throw pyError('TypeError', `__match_args__ elements must be strings (got ${typeOf(name).__name__})`);
        }
        const a = attribute(subject, cls, name, seen);
        if (a === null) return null;
        values.push(a.value);
      }
    }
  }
  for (const name of names) {
    const a = attribute(subject, cls, name, seen);
    if (a === null) return null;
    values.push(a.value);
  }
  return values;
}
