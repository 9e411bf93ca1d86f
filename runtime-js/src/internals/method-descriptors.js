// A built-in type's method read from the class (`list.append`, `int.__add__`): CPython's method
// descriptor or slot wrapper, which checks that the instance it is called with is one of the
// type's. The runtime keeps such methods as plain JS functions that trust their `self`, so the
// value the program gets is a checking wrapper, made once per (type, name) so that
// `list.append is list.append`. Reads through an instance (`[].append`) and the generated code's
// method calls use the plain function, whose receiver is of the type already.

import { typeOf, isSubtype, objectType } from '../types/type.js';
import { pyError } from './errors.js';
import { isSlotWrapper } from './protocols.js';

// Class-level methods whose first argument is not an instance (CPython's static and class methods).
const NOT_INSTANCE_METHODS = new Set(['__new__', '__init_subclass__', '__subclasshook__', '__class_getitem__', '__prepare__']);

/** Whether `fn`, found in built-in type `owner`'s namespace under `name`, is read as a checking descriptor. */
export function isMethodDescriptor(owner, name, fn) {
  return owner !== objectType && typeof fn === 'function' && fn.$sig === undefined && fn.$free !== true
    && !NOT_INSTANCE_METHODS.has(name);
}

/** The checking wrapper of `fn`, `owner.name` (see isMethodDescriptor). */
export function methodDescriptor(owner, name, fn) {
  let cache = owner.$descriptors;
  if (cache === undefined) cache = owner.$descriptors = new Map();
  let w = cache.get(name);
  if (w !== undefined && w.$descriptorOf === fn) return w;
  w = function (...args) {
    if (args.length === 0) throw noSelf(owner, name);
    checkSelf(owner, name, args[0]);
    return fn(...args);
  };
  if (fn.$kw !== undefined) {
    w.$kw = (args, kw) => {
      if (args.length === 0) throw noSelf(owner, name);
      checkSelf(owner, name, args[0]);
      return fn.$kw(args, kw);
    };
  }
  // The function's own name, so that `__name__` and reprs read as the plain function's.
  Object.defineProperty(w, 'name', { value: fn.name });
  for (const k of ['__name__', '__qualname__', '__doc__', '__module__']) if (fn[k] !== undefined) w[k] = fn[k];
  // A descriptor knows the class it was read from, even when several types share the function (set.union).
  if (fn.__qualname__ === undefined) w.__qualname__ = `${owner.__name__}.${name}`;
  if (fn.__name__ === undefined) w.__name__ = name;
  w.$descriptorOf = fn;
  w.$owner = owner;
  w.$descrName = name;
  cache.set(name, w);
  return w;
}

/** Binding a descriptor to an instance (a class attribute read from an instance) checks it as calling does. */
export function checkSelf(owner, name, self) {
  if (isSubtype(typeOf(self), owner)) return;
  const t = typeOf(self).__name__;
  throw pyError('TypeError', isSlotWrapper(owner, name)
    ? `descriptor '${name}' requires a '${owner.__name__}' object but received a '${t}'`
    : `descriptor '${name}' for '${owner.__name__}' objects doesn't apply to a '${t}' object`);
}

function noSelf(owner, name) {
  return pyError('TypeError', isSlotWrapper(owner, name)
    ? `descriptor '${name}' of '${owner.__name__}' object needs an argument`
    : `unbound method ${owner.__name__}.${name}() needs an argument`);
}
