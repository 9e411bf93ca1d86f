// The attributes CPython's built-in types hold in their own namespace that the runtime's method
// tables (`$dict`) leave out, because no operation of the runtime dispatches through them: the
// comparison slots that only answer NotImplemented, `__ne__` where a type has its own,
// the reflected set and dict operators, `list.__imul__`, `__getnewargs__`,
// `__getstate__`, `__reduce__`... They are read like a `$dict` entry (internals/attribute.js:
// after the type's own `$dict`, before its bases), so `list.__ne__` is list's checking
// descriptor and `dir()`'s names can all be read, while dispatch keeps its tables unchanged.
// Each value is made on its first read and kept, so `list.__ne__ is list.__ne__`. Only the
// modules that may read one import this one (codegen BuiltinOwnAttributes, which lists the names).
//
// What the runtime cannot answer as CPython does is refused with NotImplementedError, never
// approximated (docs/transpiler.md, "Attributes of built-in types"): `__sizeof__` and the
// type's `__basicsize__`, `__itemsize__`, `__flags__`, `__dictoffset__`, `__weakrefoffset__`
// (sizes and flags of CPython's C structures), and `object.__reduce_ex__`/`__reduce__` of an
// object whose class has no `__reduce__` of its own (CPython's answer holds copyreg's functions).

import {
  objectType, intType, floatType, complexType, strType, bytesType, listType, tupleType, dictType, setType, frozensetType,
  rangeType, sliceType, typeType, NotImplemented, typeOf, isSubtype,
} from './type.js';
import { makeTuple } from './tuple.js';
import { makeFloat } from './float.js';
import { PyBytes } from './bytes.js';
import { PySet, PyFrozenSet } from './set.js';
import { PyDict } from './dict.js';
import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { truthy } from '../internals/protocols.js';
import { index } from '../internals/subscript.js';
import { toArray } from '../internals/iteration.js';
import { bytesPercent } from '../internals/operators.js';
import { hasInstanceDict, instanceDict, instanceNames } from '../internals/instance-attrs.js';
import { ClassMethod, getattr, setattr, setBuiltinOwnAttrs, isAttributeError } from '../internals/attribute.js';
import { intSelf, floatSelf, complexValueOf, strValueOf } from './value-subclass.js';

/** A slot wrapper's argument check (CPython's check_num_args). */
function slot(n, fn) {
  return (self, ...rest) => {
    if (rest.length !== n) throw pyError('TypeError', `expected ${n} argument${n === 1 ? '' : 's'}, got ${rest.length}`);
    return fn(self, ...rest);
  };
}

/** A METH_NOARGS method's argument check. */
function noArgs(qualname, fn) {
  return (self, ...rest) => {
    if (rest.length) throw pyError('TypeError', `${qualname}() takes no arguments (${rest.length} given)`);
    return fn(self);
  };
}

/**
 * object's own entries: read through any class, they are not wrapped by a checking descriptor
 * (every value is an object), so they check that a `self` was given themselves.
 */
function objectOwned(name, fn, isSlot) {
  const f = (...args) => {
    if (args.length === 0) {
      throw pyError('TypeError', isSlot ? `descriptor '${name}' of 'object' object needs an argument`
        : `unbound method object.${name}() needs an argument`);
    }
    return fn(...args);
  };
  f.$owner = objectType;
  f.$descrName = name;
  return f;
}

function refuse(what) {
  return pyError('NotImplementedError', `${what} is not supported: the runtime does not model the memory layout of CPython's objects`);
}

/** `__sizeof__` of type `t`: CPython's value is the size of its C struct, which the runtime has no equivalent of. */
function sizeofRefusal(t) {
  return noArgs(`${t.__name__}.__sizeof__`, (self) => {
    throw refuse(`${typeOf(self).__name__}.__sizeof__()`);
  });
}

/** A comparison slot that answers NotImplemented to everything (one function per entry: each gets its own name). */
const notImplemented = () => slot(1, () => NotImplemented);

/** `__ne__` of a type whose rich comparison answers != as the negation of its own ==. */
function ownNe(t) {
  return slot(1, (self, other) => {
    const r = call(t.$dict.__eq__, self, other);
    return r === NotImplemented ? r : !truthy(r);
  });
}

function isAnySet(x) {
  return x instanceof PySet;
}

/** A reflected set operator: `set.__rsub__(s, o)` is set's `o - s`, for two sets only. */
function setReflected(name) {
  return slot(1, (self, other) => (isAnySet(other) ? call((other instanceof PyFrozenSet ? frozensetType : setType).$dict[name], other, self)
    : NotImplemented));
}

/** CPython 3.11's object.__getstate__(): the instance dict (None when empty), with the set slots. */
function objectGetstate(self) {
  let state;
  if (hasInstanceDict(self) && (self.$vars !== undefined ? self.$vars.size > 0 : instanceNames(self).length > 0)) {
    state = instanceDict(self);
  }
  const names = slotNames(typeOf(self));
  if (names.length) {
    const slots = new PyDict();
    for (const n of names) {
      let v;
      try {
        v = getattr(self, n);
      } catch (e) {
        if (isAttributeError(e)) continue;
        throw e;
      }
      slots.put(n, v);
    }
    if (slots.size > 0) return makeTuple([state, slots]);
  }
  return state;
}

/** copyreg._slotnames(cls): the slot names along the MRO, kept as `cls.__slotnames__` (a class statement's class only). */
function slotNames(cls) {
  if ('__slotnames__' in cls.$dict) {
    const own = cls.$dict.__slotnames__;
    if (own === undefined) return [];
    if (!Array.isArray(own)) throw pyError('TypeError', `${cls.__name__}.__slotnames__ should be a list or None, not ${typeOf(own).__name__}`);
    return own;
  }
  const names = [];
  for (const c of cls.$mro) {
    if (!('__slots__' in c.$dict)) continue;
    const raw = c.$dict.__slots__;
    const slots = typeof raw === 'string' || strValueOf(raw) !== undefined ? [raw] : toArray(raw);
    for (let name of slots) {
      name = strValueOf(name) ?? name;
      if (name === '__dict__' || name === '__weakref__') continue;
      if (typeof name === 'string' && name.startsWith('__') && !name.endsWith('__')) {
        const stripped = c.__name__.replace(/^_+/, '');
        names.push(stripped ? `_${stripped}${name}` : name);
      } else {
        names.push(name);
      }
    }
  }
  // copyreg keeps them on the class, ignoring any error (a built-in type refuses the store).
  if (cls.$heap === true) {
    try {
      setattr(cls, '__slotnames__', names);
    } catch (e) {
      // As copyreg's bare `except: pass`.
    }
  }
  return names;
}

/** object.__reduce_ex__(protocol): the class's own `__reduce__` when it has one, else refused. */
function objectReduceEx(self, ...rest) {
  if (rest.length !== 1) throw pyError('TypeError', `object.__reduce_ex__() takes exactly one argument (${rest.length} given)`);
  index(rest[0]);
  const reduce = getattr(typeOf(self), '__reduce__');
  if (reduce !== objectAttr('__reduce__')) return call(getattr(self, '__reduce__'));
  throw reduceRefusal('__reduce_ex__');
}

function reduceRefusal(name) {
  return pyError('NotImplementedError', `object.${name}() is not supported: CPython's answer is made by copyreg, which the runtime does not provide`);
}

/** `set.__reduce__`: (type, (list of the items,), the state `__getstate__` gives). */
function setReduce(self) {
  return makeTuple([typeOf(self), makeTuple([[...self.items()]]), call(getattr(self, '__getstate__'))]);
}

/** `float.__getformat__(typestr)`: a classmethod; IEEE doubles, little-endian, as on CPython's 64-bit hosts. */
function getformat(cls, ...rest) {
  if (rest.length !== 1) throw pyError('TypeError', `float.__getformat__() takes exactly one argument (${rest.length} given)`);
  const s = strValueOf(rest[0]);
  if (s === undefined) throw pyError('TypeError', `__getformat__() argument must be str, not ${typeOf(rest[0]).__name__}`);
  if (s !== 'double' && s !== 'float') throw pyError('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
  return 'IEEE, little-endian';
}

/** `list.__imul__(n)`: list's sq_inplace_repeat (its wrapper's argument check has an empty name). */
function listImul(self, ...rest) {
  if (rest.length !== 1) throw pyError('TypeError', ` expected 1 argument, got ${rest.length}`);
  let n = index(rest[0]);
  if (typeof n === 'bigint') {
    if (n >= 2n ** 63n || n < -(2n ** 63n)) throw pyError('OverflowError', "cannot fit 'int' into an index-sized integer");
    n = Number(n);
  }
  const size = self.length;
  if (size === 0 || n === 1) return self;
  if (n < 1) {
    self.length = 0;
    return self;
  }
  if (size * n > 2 ** 31) throw pyError('MemoryError');
  const items = self.slice();
  for (let i = 1; i < n; i++) for (const x of items) self.push(x);
  return self;
}

const TABLES = new Map([
  [objectType, () => ({
    __lt__: objectOwned('__lt__', notImplemented(), true),
    __le__: objectOwned('__le__', notImplemented(), true),
    __gt__: objectOwned('__gt__', notImplemented(), true),
    __ge__: objectOwned('__ge__', notImplemented(), true),
    __getstate__: objectOwned('__getstate__', noArgs('object.__getstate__', objectGetstate), false),
    __reduce_ex__: objectOwned('__reduce_ex__', objectReduceEx, false),
    __reduce__: objectOwned('__reduce__', noArgs('object.__reduce__', () => {
      throw reduceRefusal('__reduce__');
    }), false),
    __sizeof__: objectOwned('__sizeof__', sizeofRefusal(objectType), false),
  })],
  [intType, () => ({
    __getnewargs__: noArgs('int.__getnewargs__', (self) => makeTuple([intSelf(self, '__getnewargs__')])),
    __sizeof__: sizeofRefusal(intType),
  })],
  [floatType, () => ({
    __getnewargs__: noArgs('float.__getnewargs__', (self) => makeTuple([floatSelf(self, '__getnewargs__')])),
    __getformat__: new ClassMethod(getformat),
  })],
  [complexType, () => ({
    __lt__: notImplemented(),
    __le__: notImplemented(),
    __gt__: notImplemented(),
    __ge__: notImplemented(),
    __getnewargs__: noArgs('complex.__getnewargs__', (self) => {
      const c = complexValueOf(self) ?? self;
      return makeTuple([makeFloat(c.re), makeFloat(c.im)]);
    }),
  })],
  [strType, () => ({ __sizeof__: sizeofRefusal(strType) })],
  [bytesType, () => ({
    __mod__: slot(1, (self, args) => bytesPercent(self, args)),
    __rmod__: slot(1, (self, other) => (other instanceof PyBytes ? bytesPercent(other, self) : NotImplemented)),
  })],
  [listType, () => ({
    __ne__: ownNe(listType),
    __imul__: listImul,
    __sizeof__: sizeofRefusal(listType),
  })],
  [tupleType, () => ({ __ne__: ownNe(tupleType) })],
  [dictType, () => ({
    __lt__: notImplemented(),
    __le__: notImplemented(),
    __gt__: notImplemented(),
    __ge__: notImplemented(),
    __ne__: ownNe(dictType),
    __ror__: slot(1, (self, other) => (other instanceof PyDict ? call(dictType.$dict.__or__, other, self) : NotImplemented)),
    __sizeof__: sizeofRefusal(dictType),
  })],
  [setType, () => setTable(setType)],
  [frozensetType, () => setTable(frozensetType)],
  [rangeType, () => ({
    __lt__: notImplemented(),
    __le__: notImplemented(),
    __gt__: notImplemented(),
    __ge__: notImplemented(),
    __ne__: ownNe(rangeType),
    __reduce__: noArgs('range.__reduce__', (self) => makeTuple([rangeType, makeTuple([self.start, self.stop, self.step])])),
  })],
  [sliceType, () => ({
    __ne__: ownNe(sliceType),
    __reduce__: noArgs('slice.__reduce__', (self) => makeTuple([sliceType, makeTuple([self.start, self.stop, self.step])])),
  })],
  [typeType, () => ({ __sizeof__: sizeofRefusal(typeType) })],
]);

function setTable(t) {
  return {
    __ne__: ownNe(t),
    __rand__: setReflected('__and__'),
    __ror__: setReflected('__or__'),
    __rsub__: setReflected('__sub__'),
    __rxor__: setReflected('__xor__'),
    __reduce__: noArgs(`${t.__name__}.__reduce__`, setReduce),
    __sizeof__: sizeofRefusal(t),
  };
}

const made = new Map();

/** The own attribute `name` of built-in type `t` that its `$dict` leaves out, or undefined. */
export function builtinOwnAttr(t, name) {
  let own = made.get(t);
  if (own === undefined) {
    const table = TABLES.get(t);
    if (table === undefined) return undefined;
    own = table();
    for (const k in own) {
      const f = own[k] instanceof ClassMethod ? own[k].__func__ : own[k];
      f.__name__ = k;
      f.__qualname__ = `${t.__name__}.${k}`;
    }
    made.set(t, own);
  }
  return Object.prototype.hasOwnProperty.call(own, name) ? own[name] : undefined;
}

function objectAttr(name) {
  return builtinOwnAttr(objectType, name);
}

/** What `typeMember` answers for a name it does not handle. */
export const NOT_MEMBER = Symbol('not a member of type');

// The members of `type` that describe CPython's C structure of a class: read from any class
// (type is its own metaclass, so `type.__basicsize__` is type's value too), they are refused.
const LAYOUT_MEMBERS = new Set(['__basicsize__', '__itemsize__', '__flags__', '__dictoffset__', '__weakrefoffset__']);

// The built-in classes whose docstring starts with a signature (`__text_signature__`), as in CPython 3.11.
const TEXT_SIGNATURES = {
  complex: '(real=0, imag=0)', enumerate: '(iterable, start=0)', float: '(x=0, /)', list: '(iterable=(), /)',
  memoryview: '(object)', object: '()', property: '(fget=None, fset=None, fdel=None, doc=None)',
  reversed: '(sequence, /)', tuple: '(iterable=(), /)', function: '(code, globals, name=None, argdefs=None, closure=None)',
  method: '(function, instance, /)',
};

/**
 * A data descriptor of `type` that type_getattro finds before the class's own namespace
 * (`__base__`, `__text_signature__`, the lay-out members), read from class `cls`; NOT_MEMBER
 * for any other name.
 */
function typeMember(cls, name) {
  switch (name) {
    case '__base__': return bestBase(cls);
    case '__text_signature__': return textSignature(cls);
  }
  if (LAYOUT_MEMBERS.has(name)) throw refuse(`${cls.__name__}.${name}`);
  return NOT_MEMBER;
}

/** CPython's find_signature: a docstring `Name(...)\n--\n\n...` gives the text from `(` to `)`. */
function textSignature(cls) {
  if (cls.$heap !== true) return cls.__module__ === 'builtins' ? TEXT_SIGNATURES[cls.__name__] : undefined;
  const doc = strValueOf(cls.$dict.__doc__);
  const name = cls.__name__;
  if (doc === undefined || !doc.startsWith(name + '(')) return undefined;
  const end = doc.indexOf(')\n--\n\n', name.length);
  return end < 0 ? undefined : doc.slice(name.length, end + 1);
}

// Exceptions whose instances CPython lays out in a larger struct than their base's.
const EXCEPTION_LAYOUTS = new Set([
  'BaseException', 'BaseExceptionGroup', 'StopIteration', 'SystemExit', 'ImportError', 'OSError', 'SyntaxError',
  'AttributeError', 'NameError', 'UnicodeError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError',
]);

/** Whether instances of `t` are laid out with fields its `__base__`'s lack (CPython's extra_ivars). */
function addsFields(t) {
  if (t.$heap === true) return t.$slots !== undefined && t.$slots.length > 0;
  if (t.$isException === true) return EXCEPTION_LAYOUTS.has(t.__name__);
  return t.__name__ !== 'bool';
}

/** CPython's solid_base: the nearest class along `__base__` whose instances add fields. */
function solidBase(t) {
  for (;;) {
    const b = bestBase(t);
    if (b === undefined || addsFields(t)) return t;
    t = b;
  }
}

/** `cls.__base__`: CPython's best_base of the class's bases (the one whose solid base is the most derived). */
function bestBase(cls) {
  const bases = cls.$bases;
  if (bases.length <= 1 || cls.$heap !== true) return bases[0];
  let base;
  let winner;
  for (const b of bases) {
    const candidate = solidBase(b);
    if (winner === undefined) {
      winner = candidate;
      base = b;
    } else if (!isSubtype(winner, candidate) && isSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    }
  }
  return base;
}

/** Every name this module answers for some class (codegen BuiltinOwnAttributes.NAMES must list them). */
export function ownAttributeNames() {
  const names = new Set(['__base__', '__text_signature__', ...LAYOUT_MEMBERS]);
  for (const table of TABLES.values()) for (const k in table()) names.add(k);
  return names;
}

setBuiltinOwnAttrs(builtinOwnAttr, typeMember, NOT_MEMBER);
