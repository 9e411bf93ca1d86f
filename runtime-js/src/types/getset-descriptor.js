// The `__dict__` and `__weakref__` attributes CPython's type_new adds to a class whose bases give
// its instances neither (typeobject.c subtype_getsets_full): `getset_descriptor` objects, shown
// in the class's mappingproxy (types/mappingproxy.js). They are not stored in the class's `$dict`,
// where attribute lookup would see data descriptors on every class and leave its fast paths;
// instance attribute access implements them directly (internals/attribute.js).

import { PyType, AttrDict, objectType, typeOf, isSubtype } from './type.js';
import { pyError } from '../internals/errors.js';
import { hasInstanceDict, instanceDict, replaceInstanceDict } from '../internals/instance-attrs.js';
import { PyDict } from './dict.js';

/** The `__dict__` or `__weakref__` attribute of the instances of `owner`. */
export class GetSetDescriptor {
  constructor(name, owner) {
    this.name = name;
    this.owner = owner;
  }

  check(obj) {
    if (!isSubtype(typeOf(obj), this.owner)) {
      throw pyError('TypeError', `descriptor '${this.name}' for '${this.owner.__name__}' objects doesn't apply to a '${typeOf(obj).__name__}' object`);
    }
  }
}

/** The descriptors class `cls` itself added, in CPython's order (`__dict__` first). */
export function classGetsets(cls) {
  return cls.$getsets === undefined ? NONE : cls.$getsets;
}
const NONE = Object.freeze([]);

/**
 * Records which descriptors type_new adds to the new class `cls` (before its `__doc__` entry is
 * filled in, where CPython's dict shows them): `__dict__` unless a base gives instances one or
 * `__slots__` leaves it out, `__weakref__` likewise, never for variable-size bases (int,
 * tuple, bytes).
 */
export function addGetsets(cls, bases, slots, givesDict) {
  const names = [];
  const builtin = (c, set) => c.$heap !== true && c.__module__ === 'builtins' && set.has(c.__name__);
  const addDict = !bases.some((b) => givesDict(b) || b.$mro.some((c) => builtin(c, TYPE))) && (slots === null || slots.includes('__dict__'));
  const varsize = cls.$mro.some((c) => builtin(c, VARSIZE));
  const givesWeak = (b) => b.$weak === true || b.$mro.some((c) => builtin(c, WEAK));
  const addWeak = !varsize && !bases.some(givesWeak) && (slots === null || slots.includes('__weakref__'));
  if (!varsize && !addWeak && slots !== null && slots.includes('__weakref__')) {
    throw pyError('TypeError', '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
  }
  if (addDict) names.push('__dict__');
  if (addWeak) names.push('__weakref__');
  if (addWeak || bases.some((b) => b.$weak === true)) cls.$weak = true;
  let last = null;
  for (const k in cls.$dict) last = k;
  cls.$getsetAfter = last;
  if (names.length) cls.$getsets = names.map((n) => new GetSetDescriptor(n, cls));
}
// Built-in classes whose instances are variable-size (no `__weakref__` can be added), that have
// weak references, and whose instances have a `__dict__` (classes).
const VARSIZE = new Set(['int', 'bool', 'tuple', 'bytes']);
const WEAK = new Set(['set', 'frozenset', 'type']);
const TYPE = new Set(['type']);

/** Keeps the descriptors' place when the class attribute they follow is deleted. */
export function beforeDelete(cls, name) {
  if (cls.$getsets === undefined || cls.$getsetAfter !== name) return;
  let prev = null;
  for (const k in cls.$dict) {
    if (k === name) break;
    prev = k;
  }
  cls.$getsetAfter = prev;
}

const getsetType = new PyType('getset_descriptor', [objectType], new AttrDict());
GetSetDescriptor.prototype.$cls = getsetType;
Object.assign(getsetType.$dict, {
  __repr__: (self) => `<attribute '${self.name}' of '${self.owner.__name__}' objects>`,
  __get__(self, obj, cls) {
    if (obj === undefined) return self;
    self.check(obj);
    if (self.name === '__weakref__') return undefined;
    return hasInstanceDict(obj) ? instanceDict(obj) : undefined;
  },
  __set__(self, obj, value) {
    self.check(obj);
    if (self.name === '__weakref__') throw pyError('AttributeError', `attribute '__weakref__' of '${self.owner.__name__}' objects is not writable`);
    if (!(value instanceof PyDict)) throw pyError('TypeError', `__dict__ must be set to a dictionary, not a '${typeOf(value).__name__}'`);
    replaceInstanceDict(obj, value);
  },
  __delete__(self, obj) {
    self.check(obj);
    if (self.name === '__weakref__') throw pyError('AttributeError', `attribute '__weakref__' of '${self.owner.__name__}' objects is not writable`);
    replaceInstanceDict(obj, new PyDict());
  },
});
