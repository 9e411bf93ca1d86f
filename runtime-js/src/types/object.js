// `object`'s methods, calling a class (`__new__` then `__init__`) and the `class`
// statement: https://docs.python.org/3/reference/datamodel.html#customizing-class-creation

import {
  PyType, AttrDict, typeOf, lookup, hasAttrInMro, objectType, typeType, isSubtype, methodType, newInstance,
} from './type.js';
import { makeTuple } from './tuple.js';
import { call, callKw, BoundMethod } from '../internals/call.js';
import { pyError } from '../internals/errors.js';
import {
  objectSetattr, objectDelattr, objectGetattribute, PyProperty, StaticMethod, ClassMethod, getattr, setattr, delattr,
} from '../internals/attribute.js';
import { defaultRepr, identityHash, hash, str as strOf, repr as reprOf, truthy, typeRepr } from '../internals/protocols.js';
import { sortArray } from './list.js';
import { toArray } from '../internals/iteration.js';
import { NotImplemented } from './type.js';
import { setExceptionStringifiers } from './exceptions.js';
import { typeNewCall } from './class-creation.js';
import { enter, leave, CALLING } from '../internals/recursion-depth.js';

setExceptionStringifiers(reprOf, strOf);

function objectNew(cls, ...args) {
  if ('__abstractmethods__' in cls.$dict) checkNotAbstract(cls);
  return cls.$make(cls);
}

/**
 * object.__new__ refuses a class whose `__abstractmethods__` is not empty (abc), naming the
 * methods in sorted order as CPython 3.11 does.
 */
function checkNotAbstract(cls) {
  const methods = cls.$dict.__abstractmethods__;
  if (!truthy(methods)) return;
  const names = toArray(methods);
  sortArray(names);
  throw pyError('TypeError', `Can't instantiate abstract class ${cls.__name__} with abstract method${names.length > 1 ? 's' : ''} `
    + names.map((n) => strOf(n)).join(', '));
}
function objectInit(self, ...args) {}

Object.assign(objectType.$dict, {
  __new__: new StaticMethod(objectNew),
  __init__: objectInit,
  __repr__: defaultRepr,
  // CPython's object_str calls the type's tp_repr itself, without PyObject_Repr's recursion check.
  __str__: (self) => {
    const s = typeRepr(self);
    return typeof s === 'string' ? s : s.$v;
  },
  __hash__: identityHash,
  __eq__: (self, other) => (self === other ? true : NotImplemented),
  __ne__: (self, other) => {
    const eq = lookup(typeOf(self), '__eq__');
    const r = call(eq, self, other);
    return r === NotImplemented ? r : !r;
  },
  __setattr__: objectSetattr,
  __getattribute__: objectGetattribute,
  __delattr__: objectDelattr,
  __format__: (self, spec) => {
    if (spec !== '') throw pyError('TypeError', `unsupported format string passed to ${typeOf(self).__name__}.__format__`);
    // A call of this builtin method counts against the recursion limit, as in CPython.
    enter(CALLING);
    try {
      return strOf(self);
    } finally {
      leave();
    }
  },
});

// Bound methods are equal when they bind the same object (by identity) to equal functions;
// each `obj.method` load makes a new one, so `is` is false while `==` is true.
Object.assign(methodType.$dict, {
  __eq__: (self, other) => (other instanceof BoundMethod
    ? self.__self__ === other.__self__ && self.__func__ === other.__func__ : NotImplemented),
  __hash__: (self) => {
    const s = self.__self__;
    return ((s !== null && typeof s === 'object') || typeof s === 'function' ? identityHash(s) : hash(s)) ^ hash(self.__func__);
  },
});

Object.assign(typeType.$dict, {
  __repr__: defaultRepr,
  mro: (cls) => {
    if (!(cls instanceof PyType)) throw pyError('TypeError', 'unbound method type.mro() needs an argument');
    return cls.$mro.slice();
  },
  __call__: typeCallMethod,
});

function kwLength(kw) {
  let n = 0;
  for (const k in kw) n++;
  return n;
}

/**
 * `cls(*args, **kw)`: the metaclass's `__call__` when it overrides `type.__call__`, else
 * `__new__`, then `__init__` when the result is an instance of `cls`.
 */
PyType.prototype.$call = function (args, kw) {
  if (this.$cls !== typeType) {
    const c = lookup(this.$cls, '__call__');
    if (c !== typeCallMethod) {
      // A class stored as __call__ is no descriptor: it is called without the instance.
      if (c instanceof PyType) return kw === null ? call(c, ...args) : callKw(c, args, Object.keys(kw), Object.values(kw));
      return kw === null ? call(c, this, ...args) : callKw(c, [this, ...args], Object.keys(kw), Object.values(kw));
    }
  }
  return typeCall(this, args, kw);
};

/** `type.__call__` as a Python-visible method (`super().__call__(*args)` in a metaclass). */
function typeCallMethod(cls, ...args) {
  return typeCall(cls, args, null);
}
typeCallMethod.$kw = (args, kw) => typeCall(args[0], args.slice(1), kw);

function typeCall(cls, args, kw) {
  return cls.$typeCall(args, kw);
}

PyType.prototype.$typeCall = function (args, kw) {
  if (this.$new !== null) return this.$new(args, kw);
  if (kw === null && this.$attrs === this.$ctorAttrs) {
    // A plain class: object.__new__, then a compiled __init__ taking these arguments positionally.
    const init = this.$initFn;
    if (init.$sig.nparams === args.length + 1) {
      const obj = newInstance(this);
      const r = init(obj, ...args);
      if (r !== undefined) throw pyError('TypeError', `__init__() should return None, not '${typeOf(r).__name__}'`);
      return obj;
    }
  }
  const newAttr = lookup(this, '__new__');
  const newFn = newAttr instanceof StaticMethod ? newAttr.__func__ : newAttr;
  const init = lookup(this, '__init__');
  if (this.$pickClass !== undefined) {
    const picked = this.$pickClass(args);
    if (picked !== this) return picked.$call(args, kw);
  }
  let obj;
  if (newFn === objectNew) {
    if ((args.length || (kw !== null && kwLength(kw))) && init === objectInit) {
      throw pyError('TypeError', `${this.__name__}() takes no arguments`);
    }
    if ('__abstractmethods__' in this.$dict) checkNotAbstract(this);
    obj = this.$make(this);
    if (this.$isException === true) obj.$args = makeTuple(args);
  } else {
    obj = kw === null ? call(newFn, this, ...args) : callKw(newFn, [this, ...args], Object.keys(kw), Object.values(kw));
    if (!isSubtype(typeOf(obj), this)) return obj;
    if (this.$isException === true && obj.$args.items.length === 0) obj.$args = makeTuple(args);
  }
  if (init !== objectInit) {
    const r = kw === null ? call(init, obj, ...args) : callKw(init, [obj, ...args], Object.keys(kw), Object.values(kw));
    if (r !== undefined) throw pyError('TypeError', `__init__() should return None, not '${typeOf(r).__name__}'`);
  }
  if (newFn === objectNew && this.$make === objectType.$make && this.$pickClass === undefined && this.$isException !== true
      && typeof init === 'function' && init.$sig !== undefined && init.$sig.simple) {
    // Remembered until the class or a base changes (a new `$attrs` table).
    this.$ctorAttrs = this.$attrs;
    this.$initFn = init;
  }
  return obj;
};

typeType.$new = (args, kw) => {
  if (args.length === 1 && (kw === null || kwLength(kw) === 0)) return typeOf(args[0]);
  if (args.length !== 3) throw pyError('TypeError', 'type() takes 1 or 3 arguments');
  return typeNewCall(typeType, args, kw);
};

/** The instance factory of a built-in type that Python classes may subclass. */
export function setNativeMaker(t, make) {
  t.$make = make;
}

export { objectNew, objectInit, hasAttrInMro, setattr, getattr, typeCallMethod };
export { makeClass, prepareClass } from './class-creation.js';
