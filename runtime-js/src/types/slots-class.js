// The `__slots__` of a class statement: https://docs.python.org/3/reference/datamodel.html#slots
// Checked and installed while the class is made (types/class-creation.js typeNew): the slot names
// as CPython validates and mangles them, the member descriptors (types/slots.js), whether
// instances get a `__dict__`, and the instance lay-out conflicts between bases.

import { typeOf, isSubtype, invalidateAttrs } from './type.js';
import { Tuple } from './tuple.js';
import { SlotMember } from './slots.js';
import { pyError } from '../internals/errors.js';
import { toArray } from '../internals/iteration.js';
import { strValueOf } from './value-subclass.js';
import { lazyRegExp } from '../internals/lazy-regexp.js';

const IDENTIFIER_RE = lazyRegExp(String.raw`^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$`, 'u');

/** Whether instances of base `b` have a `__dict__` of their own making. */
export function givesDict(b) {
  return b.$heap === true ? b.$dictless !== true : b.$isException === true;
}

/** A private name in `__slots__` is mangled as in the class body (`__x` in `P` is `_P__x`). */
function mangle(name, cls) {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const owner = cls.__name__.replace(/^_+/, '');
  return owner === '' ? name : `_${owner}${name}`;
}

/** The nearest class on `t`'s MRO that adds slots, or null. */
function solidBase(t) {
  for (const c of t.$mro) if (c.$slots !== undefined && c.$slots.length) return c;
  return null;
}

/** TypeError when two bases add slots that neither inherits from the other (CPython's layout conflict). */
export function checkSlotLayout(bases) {
  let solid = null;
  for (const b of bases) {
    const s = solidBase(b);
    if (s === null) continue;
    if (solid === null || isSubtype(s, solid)) solid = s;
    else if (!isSubtype(solid, s)) throw pyError('TypeError', 'multiple bases have instance lay-out conflict');
  }
}

/** Installs the `__slots__` of the class statement that made `cls` from namespace `ns`; returns the slot names as given. */
export function applySlots(cls, ns) {
  const raw = ns.__slots__;
  const items = typeof raw === 'string' || strValueOf(raw) !== undefined ? [raw] : raw instanceof Tuple ? raw.items : toArray(raw);
  const names = [];
  const given = [];
  let wantDict = false;
  let wantWeakref = false;
  const inherited = cls.$bases.some(givesDict);
  for (let item of items) {
    if (strValueOf(item) !== undefined) item = strValueOf(item);
    given.push(item);
    if (typeof item !== 'string') throw pyError('TypeError', `__slots__ items must be strings, not '${typeOf(item).__name__}'`);
    if (!IDENTIFIER_RE().test(item)) throw pyError('TypeError', '__slots__ must be identifiers');
    // CPython refuses a second `__dict__` or `__weakref__` entry as it refuses an inherited one.
    if (item === '__dict__') {
      if (wantDict || inherited) throw pyError('TypeError', '__dict__ slot disallowed: we already got one');
      wantDict = true;
      continue;
    }
    if (item === '__weakref__') {
      if (wantWeakref) throw pyError('TypeError', '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
      wantWeakref = true;
      continue;
    }
    const name = mangle(item, cls);
    if (Object.prototype.hasOwnProperty.call(ns, name) && !(ns[name] instanceof SlotMember)) {
      throw pyError('ValueError', `'${name}' in __slots__ conflicts with class variable`);
    }
    if (!names.includes(name)) names.push(name);
  }
  names.sort();
  for (const name of names) cls.$dict[name] = new SlotMember(name, cls);
  cls.$slots = names;
  cls.$dictless = !wantDict && !inherited;
  invalidateAttrs(cls);
  return given;
}
