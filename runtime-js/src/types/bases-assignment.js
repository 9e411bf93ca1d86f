// `C.__bases__ = (...)`: CPython's type_set_bases (Objects/typeobject.c). The class and every
// subclass get a new MRO (restored whole when one cannot be linearised), the subclass lists of the
// old and new bases are updated, and the flattened attribute tables and instance prototypes of
// the whole hierarchy are invalidated (types/type.js `invalidateAttrs`), so attribute lookups,
// method caches and prototype methods follow the new bases at once.

import {
  PyType, PyObject, objectType, intType, boolType, floatType, complexType, strType, bytesType, typeOf, isSubtype, computeMro, invalidateAttrs,
} from './type.js';
import { Tuple } from './tuple.js';
import { slotLayout } from './slots.js';
import { pyError } from '../internals/errors.js';

/**
 * The base whose instance lay-out a class with these bases takes, as class creation picks it
 * (types/class-creation.js): a built-in base other than object, else an exception class, else a
 * base with slots, else the first.
 */
function layoutBase(bases) {
  return bases.find((b) => b.$native !== PyObject && b.$native !== null)
    || bases.find((b) => b.$isException === true)
    || bases.find((b) => slotLayout(b) !== slotLayout(objectType) && b !== objectType)
    || bases[0];
}

/** The built-in types whose instances CPython's garbage collector does not track. */
const NOT_GC_TRACKED = [objectType, intType, boolType, floatType, complexType, strType, bytesType];

/** CPython's compatible_for_assignment for the old and new lay-out bases. */
function checkLayout(t, oldBase, newBase) {
  // Heap classes and the GC-tracked built-ins free their instances alike; object, int, str, ... do not.
  const gc = (b) => b.$heap === true || !NOT_GC_TRACKED.includes(b);
  if (oldBase === newBase) return;
  if (gc(oldBase) !== gc(newBase)) {
    throw pyError('TypeError', `__bases__ assignment: '${newBase.__name__}' deallocator differs from '${oldBase.__name__}'`);
  }
  if (newBase.$make !== oldBase.$make || newBase.$native !== oldBase.$native
      || (newBase.$isException === true) !== (oldBase.$isException === true) || slotLayout(newBase) !== slotLayout(oldBase)) {
    throw pyError('TypeError', `__bases__ assignment: '${newBase.__name__}' object layout differs from '${oldBase.__name__}'`);
  }
}

/** The class and its subclasses, each once, the class first. */
function hierarchy(t, out = []) {
  if (!out.includes(t)) {
    out.push(t);
    for (const s of t.$subclasses) hierarchy(s, out);
  }
  return out;
}

/** `t.__bases__ = value` for a class made by a `class` statement or `type(...)`. */
export function assignBases(t, value) {
  const tuple = value instanceof Tuple ? value : value instanceof PyObject && value.$v instanceof Tuple ? value.$v : null;
  if (tuple === null) {
    throw pyError('TypeError', `can only assign tuple to ${t.__name__}.__bases__, not ${typeOf(value).__name__}`);
  }
  const bases = tuple.items.slice();
  if (bases.length === 0) throw pyError('TypeError', `can only assign non-empty tuple to ${t.__name__}.__bases__, not ()`);
  for (const b of bases) {
    if (!(b instanceof PyType)) {
      throw pyError('TypeError', `${t.__name__}.__bases__ must be tuple of classes, not '${typeOf(b).__name__}'`);
    }
    if (isSubtype(b, t)) throw pyError('TypeError', 'a __bases__ item causes an inheritance cycle');
  }
  checkLayout(t, layoutBase(t.$bases), layoutBase(bases));
  const oldBases = t.$bases;
  const classes = hierarchy(t);
  const oldMros = classes.map((c) => c.$mro);
  t.$bases = bases;
  try {
    for (const c of classes) c.$mro = computeMro(c);
  } catch (e) {
    t.$bases = oldBases;
    classes.forEach((c, i) => { c.$mro = oldMros[i]; });
    throw e;
  }
  for (const b of oldBases) {
    const i = b.$subclasses.indexOf(t);
    if (i >= 0) b.$subclasses.splice(i, 1);
  }
  for (const b of bases) b.$subclasses.push(t);
  for (const c of classes) {
    // The attribute hooks found along the new MRO, as class creation sets them (a flag left set
    // only makes setattr look the hook up).
    if (c.$mro.some((k) => k !== objectType && '__setattr__' in k.$dict)) c.$setattr = true;
    if (c.$mro.some((k) => k !== objectType && '__delattr__' in k.$dict)) c.$delattr = true;
  }
  invalidateAttrs(t);
}
