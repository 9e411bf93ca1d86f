// `object`'s methods, calling a class (`__new__` then `__init__`) and the `class`
// statement: https://docs.python.org/3/reference/datamodel.html#customizing-class-creation

import {
  PyType, PyObject, AttrDict, typeOf, lookup, hasAttrInMro, objectType, typeType, isSubtype, methodType,
} from './type.js';
import { makeTuple } from './tuple.js';
import { call, callKw, BoundMethod } from '../internals/call.js';
import { pyError } from '../internals/errors.js';
import {
  objectSetattr, objectDelattr, objectGetattribute, PyProperty, StaticMethod, ClassMethod, getattr, setattr, delattr,
} from '../internals/attribute.js';
import { defaultRepr, identityHash, hash, str as strOf, repr as reprOf } from '../internals/protocols.js';
import { NotImplemented } from './type.js';
import { setExceptionStringifiers } from './exceptions.js';
import { applySlots, checkSlotLayout } from './slots-class.js';

setExceptionStringifiers(reprOf, strOf);

function objectNew(cls, ...args) {
  return cls.$make(cls);
}
function objectInit(self, ...args) {}

Object.assign(objectType.$dict, {
  __new__: new StaticMethod(objectNew),
  __init__: objectInit,
  __repr__: defaultRepr,
  __str__: (self) => reprOf(self),
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
    return strOf(self);
  },
  __init_subclass__: new ClassMethod(() => undefined),
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
  mro: (cls) => cls.$mro.slice(),
});

function kwLength(kw) {
  let n = 0;
  for (const k in kw) n++;
  return n;
}

/** `cls(*args, **kw)`: `__new__`, then `__init__` when the result is an instance of `cls`. */
PyType.prototype.$call = function (args, kw) {
  if (this.$new !== null) return this.$new(args, kw);
  if (kw === null && this.$attrs === this.$ctorAttrs) {
    // A plain class: object.__new__, then a compiled __init__ taking these arguments positionally.
    const init = this.$initFn;
    if (init.$sig.nparams === args.length + 1) {
      const obj = new PyObject(this);
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
  if (args.length === 1) return typeOf(args[0]);
  throw pyError('TypeError', 'type() takes 1 argument (creating classes with 3 arguments is not supported)');
};

/**
 * The `class` statement: builds the class from its executed body `ns` (an AttrDict),
 * then runs `__set_name__` and the parent's `__init_subclass__`.
 */
export function makeClass(name, bases, ns, qualname, module, kw) {
  for (const b of bases) {
    if (!(b instanceof PyType)) throw pyError('TypeError', 'bases must be types');
  }
  if (bases.length === 0) bases = [objectType];
  let native = null;
  for (const b of bases) {
    if (b.$native !== PyObject && b.$native !== null) {
      if (native !== null && native !== b.$native) {
        throw pyError('TypeError', 'multiple bases have instance lay-out conflict');
      }
      native = b.$native;
    }
  }
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) throw pyError('TypeError', `duplicate base class ${bases[i].__name__}`);
  }
  if ('__eq__' in ns && !('__hash__' in ns)) ns.__hash__ = undefined;
  for (const k of ['__new__', '__init_subclass__', '__class_getitem__']) {
    if (typeof ns[k] === 'function') ns[k] = k === '__new__' ? new StaticMethod(ns[k]) : new ClassMethod(ns[k]);
  }
  // A class body may set __module__ itself (json's JSONDecodeError says json.decoder), as in CPython.
  if (typeof ns.__module__ === 'string') module = ns.__module__;
  else ns.__module__ = module;
  if (!('__doc__' in ns)) ns.__doc__ = undefined;
  checkSlotLayout(bases);
  const cls = new PyType(name, bases, ns, module, qualname);
  cls.$heap = true;
  if ('__slots__' in ns) applySlots(cls, ns);
  let makeFrom = bases.find((b) => b.$native !== PyObject && b.$native !== null);
  if (makeFrom === undefined) makeFrom = bases.find((b) => b.$isException === true) || bases[0];
  cls.$make = makeFrom.$make;
  cls.$native = makeFrom.$native;
  if (bases.some((b) => b.$isException === true)) cls.$isException = true;
  if (cls.$make === null) throw pyError('TypeError', `type '${makeFrom.__name__}' is not an acceptable base type`);
  for (const c of cls.$mro) {
    if (c !== objectType && '__setattr__' in c.$dict) cls.$setattr = true;
    if (c !== objectType && '__delattr__' in c.$dict) cls.$delattr = true;
  }
  for (const k in ns) {
    const v = ns[k];
    if (v instanceof PyProperty) {
      if (v.$name === null) v.$name = k;
    } else if (v instanceof PyObject) {
      const sn = lookup(v.$cls, '__set_name__');
      if (sn !== undefined) call(sn, v, cls, k);
    }
  }
  const parent = cls.$mro[1];
  const isc = lookup(parent, '__init_subclass__');
  if (isc instanceof ClassMethod) {
    const f = isc.__func__;
    if (kw && Object.keys(kw).length) callKw(f, [cls], Object.keys(kw), Object.values(kw));
    else call(f, cls);
  } else if (kw && Object.keys(kw).length) {
    throw pyError('TypeError', `${name}.__init_subclass__() takes no keyword arguments`);
  }
  return cls;
}

/** The instance factory of a built-in type that Python classes may subclass. */
export function setNativeMaker(t, make) {
  t.$make = make;
}

export { objectNew, objectInit, hasAttrInMro, setattr, getattr };
