// Structural pattern matching helpers: https://peps.python.org/pep-0634/
// The generated code tests patterns with these; captures are bound by the caller.

import { typeOf, lookup, PyType, isSubtype, listType, tupleType, rangeType, dictType, intType, floatType,
  strType, boolType, bytesType, setType, frozensetType } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { PyDict } from '../types/dict.js';
import { pyError } from './errors.js';
import { getattr, hasattr } from './attribute.js';
import { toArray } from './iteration.js';
import { isinstance } from '../builtins/reflection.js';

/** The items of a sequence subject (list, tuple, range, ... but not str/bytes/dict), or null. */
export function matchSequence(x) {
  if (Array.isArray(x)) return x.$cls === undefined ? x : Array.prototype.slice.call(x);
  if (x instanceof Tuple) return x.items;
  const t = typeOf(x);
  if (isSubtype(t, rangeType)) return toArray(x);
  return null;
}

/** A mapping subject (dict and its subclasses), or null. */
export function matchMapping(x) {
  return x instanceof PyDict ? x : null;
}

export const MISSING = Symbol('missing');

/** `d.get(key, MISSING)` for mapping patterns. */
export function mappingGet(d, key) {
  const i = d.find(key);
  return i < 0 ? MISSING : d.v[i];
}

/** The `**rest` of a mapping pattern: a new dict without the matched keys. */
export function mappingRest(d, keys) {
  const r = new PyDict();
  for (const [k, v] of d.entries()) {
    if (!keys.some((m) => d.find(m) === d.find(k))) r.put(k, v);
  }
  return r;
}

const SELF_MATCHING = [boolType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

/** `isinstance(x, cls)` for class patterns, rejecting non-classes as CPython does. */
export function matchClass(x, cls) {
  if (!(cls instanceof PyType)) throw pyError('TypeError', 'called match pattern must be a class');
  return isinstance(x, cls);
}

/**
 * The subjects of a class pattern's positional sub-patterns (via `__match_args__`),
 * or null when an attribute is missing.
 */
export function matchClassArgs(x, cls, n) {
  if (n === 0) return [];
  if (SELF_MATCHING.some((t) => isSubtype(cls, t)) && lookup(cls, '__match_args__') === undefined) {
    if (n > 1) throw pyError('TypeError', `${cls.__name__}() accepts 1 positional sub-pattern (${n} given)`);
    return [x];
  }
  const ma = lookup(cls, '__match_args__');
  const names = ma === undefined ? [] : ma instanceof Tuple ? ma.items : null;
  if (names === null) throw pyError('TypeError', `${cls.__name__}.__match_args__ must be a tuple (got ${typeOf(ma).__name__})`);
  if (n > names.length) {
    throw pyError('TypeError', `${cls.__name__}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${n} given)`);
  }
  const out = [];
  for (let i = 0; i < n; i++) {
    if (!hasattr(x, names[i])) return null;
    out.push(getattr(x, names[i]));
  }
  return out;
}

/** An attribute for a keyword sub-pattern, or MISSING. */
export function matchAttr(x, name) {
  return hasattr(x, name) ? getattr(x, name) : MISSING;
}
