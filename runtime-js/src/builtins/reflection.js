// Built-in functions about objects and classes: https://docs.python.org/3/library/functions.html
// (isinstance, issubclass, getattr, setattr, delattr, hasattr, callable, id, hash, repr,
// ascii, format, vars, super, property, staticmethod, classmethod).

import { tupleItemsOf, strValueOf } from '../types/value-subclass.js';
import {
  PyType, PyObject, typeOf, lookup, isSubtype, AttrDict, objectType, typeType, functionType,
  builtinFunctionType, methodType,
} from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { call, callKw, BoundMethod } from '../internals/call.js';
import { hasArity } from '../internals/builtin-arity.js';
import * as arity from '../internals/builtin-arity-table.js';
import { pyError } from '../internals/errors.js';
import {
  getattr as getattrOf, setattr as setattrOf, delattr as delattrOf, hasattr as hasattrOf,
  PyProperty, StaticMethod, ClassMethod, PySuper, PyModule,
  superType, superSelfType, isAttributeError,
} from '../internals/attribute.js';
import { repr as reprOf, hash as hashOf, id as idOf, str, truthy } from '../internals/protocols.js';
import { formatWithSpec } from '../internals/format-spec.js';
import { dictFromNamespace } from '../types/dict.js';
import { strAscii } from '../types/str.js';
import { PyFloat } from '../types/float.js';
import { AttributeError } from '../types/exceptions.js';
import { UNBOUND } from '../internals/names.js';
import { hasInstanceDict } from '../internals/instance-attrs.js';
import { enter, leave, CALLING } from '../internals/recursion-depth.js';

/**
 * `isinstance(x, classinfo)`: an exact type match, then the metaclass's `__instancecheck__`
 * when the class's metaclass is not `type`, then the MRO; tuples (and tuple subclasses)
 * element by element.
 */
export function isinstance(x, t) {
  if (t instanceof PyType) {
    if (x instanceof BoundMethod && x.$builtin !== false && isBuiltinFunction(x.__func__)) {
      // A method of a built-in object ([].append) is a builtin_function_or_method in CPython.
      if (t === methodType) return false;
      if (t === builtinFunctionType) return true;
    }
    const xt = typeOf(x);
    if (xt === t) return true;
    if (t.$cls !== typeType) return truthy(call(lookup(t.$cls, '__instancecheck__'), t, x));
    return xt.$mro.includes(t);
  }
  const items = t instanceof PyObject && t.$unionArgs !== undefined ? t.$unionArgs : tupleItemsOf(t);
  if (items !== undefined) {
    for (const c of items) if (isinstance(x, c)) return true;
    return false;
  }
  // Any other object may answer through its class's __instancecheck__ (aliases, typing's forms).
  const check = t === null || t === undefined ? undefined : lookup(typeOf(t), '__instancecheck__');
  if (check !== undefined) return truthy(call(check, t, x));
  throw pyError('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

/** `issubclass(c, classinfo)`, with the metaclass's `__subclasscheck__` as for `isinstance`. */
export function issubclass(c, t) {
  if (t instanceof PyType) {
    if (t.$cls !== typeType) return truthy(call(lookup(t.$cls, '__subclasscheck__'), t, c));
    if (!(c instanceof PyType)) throw pyError('TypeError', 'issubclass() arg 1 must be a class');
    return isSubtype(c, t);
  }
  const items = t instanceof PyObject && t.$unionArgs !== undefined ? t.$unionArgs : tupleItemsOf(t);
  if (items !== undefined) {
    for (const x of items) if (issubclass(c, x)) return true;
    return false;
  }
  const check = t === null || t === undefined ? undefined : lookup(typeOf(t), '__subclasscheck__');
  if (check !== undefined) return truthy(call(check, t, c));
  if (!(c instanceof PyType)) throw pyError('TypeError', 'issubclass() arg 1 must be a class');
  throw pyError('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

function attrName(name) {
  if (typeof name === 'string') return name;
  // A str subclass instance names the attribute by its value.
  const v = strValueOf(name);
  if (v !== undefined) return v;
  if (typeof name !== 'string') throw pyError('TypeError', `attribute name must be string, not '${typeOf(name).__name__}'`);
  return name;
}

const NO_DEFAULT = Symbol('no default');

/** `getattr(obj, name[, default])`. */
export function getattr(obj, name, dflt) {
  if (arguments.length < 3) dflt = NO_DEFAULT;
  if (dflt === NO_DEFAULT) return getattrOf(obj, attrName(name));
  try {
    return getattrOf(obj, attrName(name));
  } catch (e) {
    if (e instanceof PyObject && isSubtype(e.$cls, AttributeError)) return dflt;
    throw e;
  }
}

/** `setattr(obj, name, value)`. */
export function setattr(obj, name, value) {
  setattrOf(obj, attrName(name), value);
}

/** `delattr(obj, name)`. */
export function delattr(obj, name) {
  delattrOf(obj, attrName(name));
}

/** `hasattr(obj, name)`. */
export function hasattr(obj, name) {
  return hasattrOf(obj, attrName(name));
}

/** `callable(x)`. */
export function callable(x) {
  if (typeof x === 'function' || x instanceof PyType || x instanceof BoundMethod) return true;
  if (x === undefined || x === null) return false;
  return lookup(typeOf(x), '__call__') !== undefined;
}

function isBuiltinFunction(f) {
  return typeof f === 'function' && f.$sig === undefined;
}

// `types.MethodType(function, instance)`: a method made by the program is a method even over a
// built-in function ($builtin false), unlike the runtime's bindings of built-in objects' methods.
methodType.$new = (args, kw) => {
  if (kw !== null && Object.keys(kw).length) throw pyError('TypeError', 'method() takes no keyword arguments');
  if (args.length !== 2) throw pyError('TypeError', `method expected 2 arguments, got ${args.length}`);
  if (!callable(args[0])) throw pyError('TypeError', 'first argument must be callable');
  if (args[1] === undefined || args[1] === null) throw pyError('TypeError', 'instance must not be None');
  const m = new BoundMethod(args[0], args[1]);
  m.$builtin = false;
  return m;
};

/** `id(x)`. */
export function id(x) {
  return idOf(x);
}

/** `hash(x)`. */
export function hash(x) {
  return hashOf(x);
}

/** `repr(x)`. */
export function repr(x) {
  enter(CALLING);
  try {
    return reprOf(x);
  } finally {
    leave();
  }
}

/** `ascii(x)`. */
export function ascii(x) {
  if (typeof x === 'string') return strAscii(x);
  return reprOf(x).replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0);
    return c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  });
}

/** `format(value, spec='')`: `type(value).__format__(value, spec)`. */
export function format(value, spec) {
  if (arguments.length < 2) spec = '';
  if (typeof spec !== 'string' && strValueOf(spec) !== undefined) spec = strValueOf(spec);
  if (typeof spec !== 'string') throw pyError('TypeError', `format() argument 2 must be str, not ${typeOf(spec).__name__}`);
  switch (typeof value) {
    case 'number':
    case 'bigint':
    case 'string':
    case 'boolean':
      return formatWithSpec(value, spec);
  }
  if (value instanceof PyFloat) return formatWithSpec(value, spec);
  const f = lookup(typeOf(value), '__format__');
  const r = call(f, value, spec);
  if (typeof r === 'string') return r;
  const v = strValueOf(r);
  if (v === undefined) throw pyError('TypeError', `__format__ must return a str, not ${typeOf(r).__name__}`);
  return v;
}

/**
 * `vars(obj)`: `obj.__dict__`, live as in CPython: an instance's or a function's dict, a class's
 * mappingproxy, a module's namespace (internals/module-globals.js).
 */
export function vars(obj) {
  if (obj === undefined) throw pyError('TypeError', 'vars() without arguments is not supported');
  if (obj instanceof PyType) return getattrOf(obj, '__dict__');
  if (hasInstanceDict(obj)) return getattrOf(obj, '__dict__');
  if (typeof obj === 'function' && obj.$d !== undefined) return getattrOf(obj, '__dict__');
  if (obj instanceof PyModule) return getattrOf(obj, '__dict__');
  if (obj !== null && typeof obj === 'object' && !(obj instanceof PyObject) && obj.$d !== undefined) return dictFromNamespace(obj.$d);
  throw pyError('TypeError', 'vars() argument must have __dict__ attribute');
}

/**
 * Zero-argument `super()`, compiled to this with the enclosing class (undefined while the class
 * statement has not finished: an empty `__class__` cell) and the function's first argument.
 */
export function superOf(cls, obj) {
  if (obj === UNBOUND) throw pyError('RuntimeError', 'super(): arg[0] deleted');
  if (cls === undefined) throw pyError('RuntimeError', 'super(): empty __class__ cell');
  return checkedSuper(cls, obj);
}

/** Zero-argument `super()` in a function with no positional parameter, a class body or the module. */
export function superWithoutArguments() {
  throw pyError('RuntimeError', 'super(): no arguments');
}

/** Zero-argument `super()` in a function with a first argument but outside any class. */
export function superWithoutClassCell(obj) {
  if (obj === UNBOUND) throw pyError('RuntimeError', 'super(): arg[0] deleted');
  throw pyError('RuntimeError', 'super(): __class__ cell not found');
}

/** `super(cls, obj)`; `obj` None (or absent) makes an unbound super object, as in CPython. */
function checkedSuper(cls, obj) {
  if (obj === undefined) return new PySuper(cls, undefined);
  const ok = obj instanceof PyType ? isSubtype(obj, cls) || isSubtype(typeOf(obj), cls) : isSubtype(typeOf(obj), cls);
  if (!ok) throw pyError('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls, obj);
}

/** `super(cls, obj)` written with explicit arguments. */
function superBuiltin(cls, obj) {
  if (arguments.length === 0) throw pyError('RuntimeError', 'super(): no arguments');
  if (!(cls instanceof PyType)) throw pyError('TypeError', `super() argument 1 must be a type, not ${typeOf(cls).__name__}`);
  return checkedSuper(cls, obj);
}
export { superBuiltin as super };

// `super` as a value is the class (`print(super)`, `s = super; s(C, x)`); calling it takes the
// explicit-argument form, as the zero-argument form needs the compiler's `__class__` cell.
superType.$new = (args, kw) => {
  if (kw !== null && Object.keys(kw).length) throw pyError('TypeError', 'super() takes no keyword arguments');
  return superBuiltin(...args);
};
// super_repr: the classes' C names, which for a class defined in Python are its __name__.
superType.$dict.__repr__ = (s) => {
  const shown = s.self === undefined ? 'NULL' : `<${superSelfType(s).__name__} object>`;
  return `<super: <class '${s.cls.__name__}'>, ${shown}>`;
};
export { superType };

const propertyType = PyProperty.prototype.$cls;
propertyType.$new = (args, kw) => {
  const get = (i, k) => (args.length > i ? args[i] : kw !== null && k in kw ? kw[k] : undefined);
  return makeProperty(get(0, 'fget'), get(1, 'fset'), get(2, 'fdel'), get(3, 'doc'));
};

/**
 * CPython's property_init: without a doc, the getter's `__doc__` is the property's (and a copy
 * made by getter/setter/deleter takes its new getter's again).
 */
function makeProperty(fget, fset, fdel, doc) {
  let fromGetter = false;
  if (doc === undefined && fget !== undefined) {
    try {
      doc = getattrOf(fget, '__doc__');
    } catch (e) {
      if (!isAttributeError(e)) throw e;
    }
    fromGetter = true;
  }
  const p = new PyProperty(fget, fset, fdel, doc);
  if (fromGetter) p.$getterDoc = true;
  return p;
}

/** property_copy: the new property keeps the old one's name and its own doc unless it came from the getter. */
function copyProperty(old, fget, fset, fdel) {
  const p = makeProperty(fget, fset, fdel, old.$getterDoc === true && fget !== undefined ? undefined : old.__doc__);
  p.$name = old.$name;
  return p;
}
Object.assign(propertyType.$dict, {
  getter: (self, f) => copyProperty(self, f, self.fset, self.fdel),
  setter: (self, f) => copyProperty(self, self.fget, f, self.fdel),
  deleter: (self, f) => copyProperty(self, self.fget, self.fset, f),
  fget: new PyProperty((self) => self.fget),
  fset: new PyProperty((self) => self.fset),
  fdel: new PyProperty((self) => self.fdel),
  __get__: (self, obj) => {
    if (obj === undefined) return self;
    if (self.fget === undefined) throw propertyError(self, obj, 'getter');
    return call(self.fget, obj);
  },
  __set__: (self, obj, value) => {
    if (self.fset === undefined) throw propertyError(self, obj, 'setter');
    call(self.fset, obj, value);
  },
  __delete__: (self, obj) => {
    if (self.fdel === undefined) throw propertyError(self, obj, 'deleter');
    call(self.fdel, obj);
  },
});
function propertyError(p, obj, what) {
  return pyError('AttributeError', `property${p.$name ? ` '${p.$name}'` : ''} of '${typeOf(obj).__qualname__}' object has no ${what}`);
}
// Functions, staticmethod and classmethod are non-data descriptors: `__get__` binds them.
Object.assign(functionType.$dict, {
  __get__: (self, obj, owner) => (obj === undefined ? self : new BoundMethod(self, obj)),
  __call__,
});
// `f.__call__(...)`, and the entry collections.abc.Callable looks for in the class's dict.
function __call__(self, ...args) {
  return call(self, ...args);
}
__call__.$kw = (args, kw) => callKw(args[0], args.slice(1), Object.keys(kw), Object.values(kw));
builtinFunctionType.$dict.__call__ = __call__;
/** The `property` class. */
export const property = propertyType;

const staticmethodType = StaticMethod.prototype.$cls;
staticmethodType.$new = (args) => new StaticMethod(args[0]);
Object.assign(staticmethodType.$dict, {
  __func__: new PyProperty((self) => self.__func__),
  __get__: (self, obj, owner) => self.__func__,
  __repr__: (self) => `<staticmethod(${reprOf(self.__func__)})>`,
});
/** The `staticmethod` class. */
export const staticmethod = staticmethodType;

const classmethodType = ClassMethod.prototype.$cls;
classmethodType.$new = (args) => new ClassMethod(args[0]);
Object.assign(classmethodType.$dict, {
  __func__: new PyProperty((self) => self.__func__),
  __get__: (self, obj, owner) => new BoundMethod(self.__func__, owner === undefined ? typeOf(obj) : owner),
  __repr__: (self) => `<classmethod(${reprOf(self.__func__)})>`,
});
/** The `classmethod` class. */
export const classmethod = classmethodType;

export { str, AttrDict, objectType, PyModule };

// Called through a value, these check their arguments as CPython does (internals/call.js).
hasArity(isinstance, arity.$isinstance);
hasArity(issubclass, arity.$issubclass);
hasArity(getattr, arity.$getattr);
hasArity(setattr, arity.$setattr);
hasArity(delattr, arity.$delattr);
hasArity(hasattr, arity.$hasattr);
hasArity(callable, arity.$callable);
hasArity(id, arity.$id);
hasArity(hash, arity.$hash);
hasArity(repr, arity.$repr);
hasArity(ascii, arity.$ascii);
hasArity(format, arity.$format);
hasArity(vars, arity.$vars);
hasArity(property, arity.$property);
hasArity(staticmethod, arity.$staticmethod);
hasArity(classmethod, arity.$classmethod);
hasArity(superType, arity.$super);
