// types.GenericAlias (PEP 585: `list[int]`) and `__class_getitem__` on the built-in containers:
// https://docs.python.org/3/library/stdtypes.html#types-genericalias
// Follows CPython 3.11's Objects/genericaliasobject.c: the repr of each argument, the lazily
// collected `__parameters__` (anything with `__typing_subst__`, or the parameters of a nested
// alias), substitution by subscripting, attribute reads forwarded to the origin, calling the
// origin, and the TypeError of isinstance()/issubclass().

import {
  PyObject, PyType, AttrDict, objectType, typeType, typeOf, lookup, listType, dictType, setType,
  frozensetType, tupleType, Ellipsis, NotImplemented, isSubtype, invalidateAttrs,
} from './type.js';
import { Tuple, makeTuple } from './tuple.js';
import { pyError } from '../internals/errors.js';
import { call, callKw } from '../internals/call.js';
import { repr, hash, eq, str } from '../internals/protocols.js';
import { getattr, setattr, objectGetattribute, PyProperty, ClassMethod } from '../internals/attribute.js';
import { AttributeError, TypeError as TypeErrorType } from './exceptions.js';

export const genericAliasType = new PyType('GenericAlias', [objectType], new AttrDict(), 'types');
genericAliasType.$dictless = true;

/** A `types.GenericAlias`: `origin[args]`. */
export class PyGenericAlias extends PyObject {
  constructor(origin, args) {
    super(genericAliasType);
    this.$origin = origin;
    this.$args = args instanceof Tuple && args.$cls === tupleType ? args : makeTuple([args]);
    this.$parameters = null;
  }
}

/** `getattr(obj, name)`, or `undefined` when that raises AttributeError (CPython's _PyObject_LookupAttr). */
export function lookupAttr(obj, name) {
  try {
    return { value: getattr(obj, name) };
  } catch (e) {
    if (e instanceof PyObject && isSubtype(e.$cls, AttributeError)) return undefined;
    throw e;
  }
}

/** The repr of one argument of an alias or union: a class by its (module-qualified) name. */
export function reprItem(p) {
  if (p === Ellipsis) return '...';
  if (lookupAttr(p, '__origin__') !== undefined && lookupAttr(p, '__args__') !== undefined) return repr(p);
  const qualname = lookupAttr(p, '__qualname__');
  if (qualname === undefined) return repr(p);
  const module = lookupAttr(p, '__module__');
  if (module === undefined || module.value === undefined || module.value === null) return repr(p);
  if (module.value === 'builtins') return str(qualname.value);
  return `${str(module.value)}.${str(qualname.value)}`;
}

function gaRepr(self) {
  let out = reprItem(self.$origin) + '[';
  const args = self.$args.items;
  if (args.length === 0) out += '()';
  out += args.map(reprItem).join(', ');
  return out + ']';
}

/** CPython's _Py_make_parameters: the type variables among `args`, in order, without repeats. */
export function makeParameters(args) {
  const out = [];
  for (const t of args) {
    if (t instanceof PyType) continue;
    if (lookupAttr(t, '__typing_subst__') !== undefined) {
      if (!out.includes(t)) out.push(t);
      continue;
    }
    const sub = lookupAttr(t, '__parameters__');
    if (sub !== undefined && sub.value instanceof Tuple) {
      for (const p of sub.value.items) if (!out.includes(p)) out.push(p);
    }
  }
  return makeTuple(out);
}

function parametersOf(self) {
  if (self.$parameters === null) self.$parameters = makeParameters(self.$args.items);
  return self.$parameters;
}

function tupleIndex(items, x) {
  for (let i = 0; i < items.length; i++) if (items[i] === x || eq(items[i], x)) return i;
  return -1;
}

/** An argument with parameters of its own (`dict[str, T]` inside an alias): subscripted with its share of `items`. */
function substituteNested(obj, params, items) {
  const sub = lookupAttr(obj, '__parameters__');
  if (sub === undefined || !(sub.value instanceof Tuple) || sub.value.items.length === 0) return obj;
  const subargs = sub.value.items.map((p) => items[tupleIndex(params, p)]);
  return call(lookup(typeOf(obj), '__getitem__') || getattr(obj, '__getitem__'), obj, makeTuple(subargs));
}

/** CPython's _Py_subs_parameters: `alias[item]`, the parameters replaced by the items. */
export function substituteParameters(self, args, params, item) {
  if (params.length === 0) throw pyError('TypeError', `${repr(self)} is not a generic class`);
  for (const p of params) {
    const prepare = lookupAttr(p, '__typing_prepare_subst__');
    if (prepare !== undefined) item = call(prepare.value, self, item);
  }
  const items = item instanceof Tuple && item.$cls === tupleType ? item.items : [item];
  if (items.length !== params.length) {
    throw pyError('TypeError', `Too ${items.length > params.length ? 'many' : 'few'} arguments for ${repr(self)}; `
      + `actual ${items.length}, expected ${params.length}`);
  }
  const out = [];
  for (let arg of args) {
    if (arg instanceof PyType) {
      out.push(arg);
      continue;
    }
    const subst = lookupAttr(arg, '__typing_subst__');
    if (subst !== undefined) arg = call(subst.value, items[tupleIndex(params, arg)]);
    else arg = substituteNested(arg, params, items);
    out.push(arg);
  }
  return out;
}

/** A value `X | Y` accepts (CPython's is_unionable): None, a class, an alias or a union. */
export function isUnionable(x) {
  return x === undefined || x === null || x instanceof PyType || x instanceof PyGenericAlias || (x instanceof PyObject && x.$unionArgs !== undefined);
}

let unionOr = null;
/** Installs `X | Y` for unionable values (types/union-type.js). */
export function setUnionOr(f) {
  unionOr = f;
}

// The attributes an alias answers itself; every other read is forwarded to the origin.
const OWN = new Set([
  '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__', '__typing_unpacked_tuple_args__',
  '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__',
]);

function alias(self, what) {
  if (!(self instanceof PyGenericAlias)) {
    throw pyError('TypeError', `descriptor '${what}' for 'types.GenericAlias' objects doesn't apply to a '${typeOf(self).__name__}' object`);
  }
  return self;
}

genericAliasType.$new = (args, kw) => {
  if (kw !== null && Object.keys(kw).length) throw pyError('TypeError', 'GenericAlias() takes no keyword arguments');
  if (args.length !== 2) throw pyError('TypeError', `GenericAlias expected 2 arguments, got ${args.length}`);
  return new PyGenericAlias(args[0], args[1]);
};

function gaCall(self, args, kw) {
  const names = kw === null ? [] : Object.keys(kw);
  const obj = callKw(self.$origin, args, names, names.map((k) => kw[k]));
  try {
    setattr(obj, '__orig_class__', self);
  } catch (e) {
    if (!(e instanceof PyObject && (isSubtype(e.$cls, AttributeError) || isSubtype(e.$cls, TypeErrorType)))) throw e;
  }
  return obj;
}
function gaCallPositional(self, ...args) {
  return gaCall(self, args, null);
}
gaCallPositional.$kw = (args, kw) => gaCall(args[0], args.slice(1), kw);

Object.assign(genericAliasType.$dict, {
  __getattribute__(self, name) {
    if (typeof name === 'string' && !OWN.has(name)) return getattr(alias(self, '__getattribute__').$origin, name);
    return objectGetattribute(self, name);
  },
  __repr__: (self) => gaRepr(alias(self, '__repr__')),
  __hash__(self) {
    const a = alias(self, '__hash__');
    const h = BigInt.asIntN(64, BigInt(hash(a.$origin)) ^ BigInt(hash(a.$args)));
    return h === -1n ? -2 : Number(h);
  },
  __eq__(self, other) {
    if (!(other instanceof PyGenericAlias)) return NotImplemented;
    return eq(self.$origin, other.$origin) && eq(self.$args, other.$args);
  },
  __ne__(self, other) {
    if (!(other instanceof PyGenericAlias)) return NotImplemented;
    return !(eq(self.$origin, other.$origin) && eq(self.$args, other.$args));
  },
  __call__: gaCallPositional,
  __getitem__(self, item) {
    const a = alias(self, '__getitem__');
    const args = substituteParameters(a, a.$args.items, parametersOf(a).items, item);
    return new PyGenericAlias(a.$origin, makeTuple(args));
  },
  __or__: (self, other) => unionOr(self, other),
  __ror__: (self, other) => unionOr(other, self),
  __mro_entries__: (self, bases) => makeTuple([alias(self, '__mro_entries__').$origin]),
  __instancecheck__(self, obj) {
    throw pyError('TypeError', 'isinstance() argument 2 cannot be a parameterized generic');
  },
  __subclasscheck__(self, obj) {
    throw pyError('TypeError', 'issubclass() argument 2 cannot be a parameterized generic');
  },
  __reduce__: (self) => makeTuple([genericAliasType, makeTuple([alias(self, '__reduce__').$origin, self.$args])]),
  __origin__: new PyProperty((self) => alias(self, '__origin__').$origin),
  __args__: new PyProperty((self) => alias(self, '__args__').$args),
  __parameters__: new PyProperty((self) => parametersOf(alias(self, '__parameters__'))),
  __unpacked__: new PyProperty((self) => (alias(self, '__unpacked__'), false)),
});

/** `cls[item]` for the built-in classes that take parameters: a GenericAlias. */
export const classGetitemAlias = new ClassMethod(classGetitemNamed((cls, item) => new PyGenericAlias(cls, item)));

/**
 * Names `f` `__class_getitem__` for its `__name__` and repr: set as a property, since the
 * optimiser does not keep the names of function expressions.
 */
export function classGetitemNamed(f) {
  return Object.defineProperty(f, 'name', { value: '__class_getitem__' });
}

/** A GenericAlias of `cls` (a function declaration: callable from modules in an import cycle with this one). */
export function genericAlias(cls, item) {
  return new PyGenericAlias(cls, item);
}
for (const t of [listType, dictType, setType, frozensetType, tupleType]) {
  t.$dict.__class_getitem__ = classGetitemAlias;
  invalidateAttrs(t);
}
// `type[int]` is a special case of CPython's subscription (PyObject_GetItem), not a
// `__class_getitem__` of type's: its subclasses (metaclasses) are not subscriptable.
typeType.$subscript = (item) => new PyGenericAlias(typeType, item);
