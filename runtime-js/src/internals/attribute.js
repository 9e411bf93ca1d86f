// Attribute access: https://docs.python.org/3/howto/descriptor.html#overview-of-descriptor-invocation
// CPython's PyObject_GenericGetAttr order: data descriptors on the type, then the
// instance __dict__, then non-data descriptors (functions bind to the instance), then
// plain class attributes, then __getattr__.

import { noteClassAttribute } from './free-functions.js';
import { isMethodDescriptor, methodDescriptor, checkSelf } from './method-descriptors.js';
import {
  PyType, PyObject, AttrDict, typeOf, lookup, hasAttrInMro, invalidateAttrs, setProtoHooks, instanceProto,
  objectType, typeType, functionType, builtinFunctionType, moduleType, isSubtype, methodType,
} from '../types/type.js';
import { BoundMethod, call, defineFunction } from './call.js';
import { pyError } from './errors.js';
import { setAttributeErrorContext } from './error-context.js';
import { builtinStoreError } from './builtin-attr-store.js';
import { advanceAttrEpoch } from './attr-epoch.js';
import { UNBOUND } from './names.js';
import {
  ATTR_PREFIX, NO_ATTR, hasInstanceDict, fieldValue, storeField, instanceGet, instanceHas, instanceSet, instanceDelete,
  instanceDict, replaceInstanceDict,
} from './instance-attrs.js';
import { PyDict } from '../types/dict.js';
import { SlotMember, slotLayout } from '../types/slots.js';
import { jsName } from './js-name.js';
import { strValueOf } from '../types/value-subclass.js';
import { assignBases } from '../types/bases-assignment.js';
import { beforeDelete, classGetsets } from '../types/getset-descriptor.js';
import { functionDict, replaceFunctionDict } from './function-dict.js';
import { moduleDict } from './module-globals.js';

/** `property`: a data descriptor with getter, setter and deleter. */
export class PyProperty {
  constructor(fget, fset, fdel, doc) {
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.__doc__ = doc;
    this.$name = null;
  }
}

/** `staticmethod(f)`. */
export class StaticMethod {
  constructor(f) {
    this.__func__ = f;
  }
}

/** `classmethod(f)`. */
export class ClassMethod {
  constructor(f) {
    this.__func__ = f;
  }
}

/** A module object: its attributes are the module's globals, read and written through accessors. */
export class PyModule {
  constructor(name, attrs) {
    this.__name__ = name;
    this.$d = attrs;
    // True while the module's body runs: a circular import sees it partially initialised.
    this.$loading = false;
  }
}

function isDataDescriptor(a) {
  if (a instanceof PyProperty || a instanceof SlotMember) return true;
  if (a === null || typeof a !== 'object' || !(a instanceof PyObject)) return false;
  const t = a.$cls;
  return hasAttrInMro(t, '__set__') || hasAttrInMro(t, '__delete__');
}

/** Applies the descriptor protocol to a class attribute found for `obj` (`obj` undefined for class access). */
function bind(a, obj, cls, isClassAccess) {
  if (typeof a === 'function') {
    if (isClassAccess || a.$free === true) return a;
    if (a.$owner !== undefined) checkSelf(a.$owner, a.$descrName, obj);
    return new BoundMethod(a, obj);
  }
  if (a === null || typeof a !== 'object') return a;
  if (a instanceof StaticMethod) return a.__func__;
  if (a instanceof ClassMethod) return new BoundMethod(a.__func__, cls);
  if (a instanceof PyProperty) {
    if (isClassAccess) return a;
    if (a.fget === undefined) throw pyError('AttributeError', `property${a.$name ? ` '${a.$name}'` : ''} of '${cls.__qualname__}' object has no getter`);
    return call(a.fget, obj);
  }
  if (a instanceof SlotMember) return isClassAccess ? a : a.get(obj);
  if (a instanceof PyObject) {
    const get = lookup(a.$cls, '__get__');
    if (get !== undefined) return call(get, a, isClassAccess ? undefined : obj, cls);
  }
  return a;
}

function noAttribute(obj, name) {
  let e;
  if (obj instanceof PyType) e = pyError('AttributeError', `type object '${obj.__name__}' has no attribute '${name}'`);
  else if (obj instanceof PyModule) {
    e = pyError('AttributeError', obj.$loading
      ? `partially initialized module '${obj.__name__}' has no attribute '${name}' (most likely due to a circular import)`
      : `module '${obj.__name__}' has no attribute '${name}'`);
  } else e = pyError('AttributeError', `'${typeOf(obj).__name__}' object has no attribute '${name}'`);
  return e;
}

/**
 * Whether instances of `t` keep attributes only in their `__dict__`: they have one, and the MRO
 * has no data descriptors and no `__getattribute__`/`__setattr__`/`__delattr__` overrides.
 */
function computePlain(t) {
  const attrs = t.$attrs || lookupAll(t);
  let plain = t.$setattr === undefined && t.$delattr === undefined && t.$dictless !== true;
  for (const k in attrs) {
    const a = attrs[k];
    if (k === '__getattribute__' && a !== objectGetattribute) plain = false;
    else if (a !== null && typeof a === 'object' && isDataDescriptor(a)) plain = false;
    if (!plain) break;
  }
  t.$plain = plain;
  return plain;
}
setProtoHooks(computePlain, objectGetattribute);

/** `obj.name`: small enough for V8 to inline, so each site's property load stays monomorphic. */
export function getattr(obj, name) {
  if (obj instanceof PyObject && obj.$cls.$plain === true) {
    // A materialised instance has no prefixed keys: the load misses and the generic path reads its dict.
    const v = obj[ATTR_PREFIX + name];
    if (v !== undefined) return obj.$fi === null ? v : fieldValue(obj, name, v);
  }
  return getattrWithContext(obj, name, true);
}

/**
 * The lookup, recording on an AttributeError that escapes it the object and the name, as
 * CPython's PyObject_GetAttr does (its `name` and `obj`, which CPython's errors raised by
 * getters and `__getattr__` get too unless they already have them).
 */
function getattrWithContext(obj, name, hooks) {
  try {
    return getattrGeneric(obj, name, hooks);
  } catch (e) {
    if (isAttributeError(e)) setAttributeErrorContext(e, obj, name);
    throw e;
  }
}

/**
 * `object.__getattribute__`: CPython's PyObject_GenericGetAttr, which neither runs an
 * overriding `__getattribute__` nor falls back to `__getattr__` (the type's attribute hook does).
 */
export function objectGetattribute(obj, name) {
  if (typeof name !== 'string') throw attributeNameError(name);
  return getattrWithContext(obj, name, false);
}

/**
 * The attribute lookup of `obj`; `hooks` is false for `object.__getattribute__` itself, true for
 * `obj.name`, which runs the type's `__getattribute__` override and its `__getattr__` fallback.
 */
function getattrGeneric(obj, name, hooks) {
  if (obj instanceof PyObject) {
    const t = obj.$cls;
    if (t.$plain === undefined) computePlain(t);
    const attrs = t.$attrs || lookupAll(t);
    if (hooks && t.$plain === false && attrs.__getattribute__ !== objectGetattribute) {
      return getattributeHook(obj, t, attrs.__getattribute__, name);
    }
    const a = attrs[name];
    if (a === undefined) {
      // object's `__class__` and the class's `__dict__` are data descriptors: the instance cannot shadow them.
      if (name === '__class__' && !(name in attrs)) return t;
      if (name === '__dict__' && !(name in attrs) && t.$dictless !== true) return instanceDict(obj);
      const v = instanceGet(obj, name);
      if (v !== NO_ATTR) return v;
      if (name in attrs) return undefined;
      return getattrMissing(obj, t, name, hooks);
    }
    if (typeof a === 'function') {
      const v = instanceGet(obj, name);
      if (v !== NO_ATTR) return v;
      return bind(a, obj, t, false);
    }
    if (isDataDescriptor(a)) return descriptorGet(a, obj, t, name, hooks);
    const v = instanceGet(obj, name);
    if (v !== NO_ATTR) return v;
    return descriptorGet(a, obj, t, name, hooks);
  }
  return getattrSlow(obj, name, hooks);
}

/**
 * A class attribute other than a plain function, bound for instance `obj`. A getter (property,
 * slot, `__get__`) that raises AttributeError leaves the lookup to the class's `__getattr__`,
 * as CPython's slot_tp_getattr_hook does for any AttributeError of the generic lookup.
 */
function descriptorGet(a, obj, t, name, hooks) {
  if (a === null || typeof a !== 'object') return a;
  try {
    return bind(a, obj, t, false);
  } catch (e) {
    // The class's `__getattr__` is looked up only then: the common read pays for no lookup.
    const ga = hooks && isAttributeError(e) ? lookup(t, '__getattr__') : undefined;
    if (ga === undefined) throw e;
    return call(ga, obj, name);
  }
}

/** CPython's slot_tp_getattr_hook: the class's `__getattribute__`, then `__getattr__` on AttributeError. */
function getattributeHook(obj, t, ga, name) {
  const fallback = lookup(t, '__getattr__');
  const get = () => (typeof ga === 'function' ? call(ga, obj, name) : call(bind(ga, obj, t, false), name));
  if (fallback === undefined) return get();
  try {
    return get();
  } catch (e) {
    if (e instanceof PyObject && isSubtype(e.$cls, attributeErrorType())) return call(fallback, obj, name);
    throw e;
  }
}

/**
 * `__name__` / `__qualname__` of a runtime-implemented method bound to `self`, as CPython gives
 * them: the name a class of the MRO holds it under (`(1).bit_length.__name__` is 'bit_length',
 * never the JS function's name).
 */
export function runtimeMethodName(self, f, which) {
  // CPython's meth_get__qualname__ qualifies by the type of __self__ (or __self__ itself when it
  // is a class), not by the class that defines the method: `L().append` is 'L.append'.
  const t = self instanceof PyType ? self : typeOf(self);
  for (const owner of self instanceof PyType ? [t, typeOf(self)] : [t]) {
    for (const c of owner.$mro) {
      if (c.$heap === true) continue;
      for (const k of Object.keys(c.$dict)) {
        const v = c.$dict[k];
        if (v === f || (v instanceof ClassMethod && v.__func__ === f)) return which === '__name__' ? k : `${t.__qualname__}.${k}`;
      }
    }
  }
  return undefined;
}

function lookupAll(t) {
  lookup(t, '__init__');
  return t.$attrs;
}

function getattrMissing(obj, t, name, hooks) {
  if (name === '__dict__' && hasInstanceDict(obj)) return instanceDict(obj);
  // The `__weakref__` descriptor a class added: no weak references are ever made, so None.
  if (name === '__weakref__' && weakrefGetset(t) !== undefined) return undefined;
  // A built-in base's own attribute that its method table leaves out (types/builtin-own-attrs.js).
  const own = builtinOwnAttrInMro(t, name);
  if (own !== undefined) return bind(own, obj, t, false);
  const ga = hooks ? lookup(t, '__getattr__') : undefined;
  if (ga !== undefined) return call(ga, obj, name);
  if (name === '__dict__' && !(obj instanceof PyObject) && obj != null && obj.$d !== undefined) return dictProxy(obj.$d);
  if (name === '__class__') return t;
  // A property's own doc (CPython's member of property instances), else, as every built-in
  // type's namespace holds `__doc__`, an instance reads the class's.
  if (name === '__doc__' && obj instanceof PyProperty) return obj.__doc__;
  if (name === '__doc__' && t.$heap !== true) return getattrSlow(t, name, hooks);
  throw noAttribute(obj, name);
}

/** The `__weakref__` getset descriptor on the MRO of class `t`, if one added it. */
function weakrefGetset(t) {
  for (const c of t.$mro) for (const g of classGetsets(c)) if (g.name === '__weakref__') return g;
  return undefined;
}

let ownAttrHook = null;
let typeMemberHook = null;
let notMember = null;
/**
 * Installs the attributes of built-in types that their `$dict` leaves out (types/builtin-own-attrs.js,
 * which the modules that may read one import: codegen BuiltinOwnAttributes):
 * `own(t, name)` gives one of type `t`'s, or undefined; `member(cls, name)` a data descriptor of
 * `type` read from class `cls`, or `none`.
 */
export function setBuiltinOwnAttrs(own, member, none) {
  ownAttrHook = own;
  typeMemberHook = member;
  notMember = none;
}

/** The own attribute `name` of built-in type `t` that its method table leaves out, or undefined (none while the module is not loaded). */
export function builtinOwnAttr(t, name) {
  return ownAttrHook === null ? undefined : ownAttrHook(t, name);
}

/** The own attribute `name` of a built-in class on `t`'s MRO that the method tables leave out, or undefined. */
function builtinOwnAttrInMro(t, name) {
  if (ownAttrHook === null) return undefined;
  for (const c of t.$mro) {
    if (c.$heap === true) continue;
    if (name in c.$dict) return undefined;
    const a = ownAttrHook(c, name);
    if (a !== undefined) return a;
  }
  return undefined;
}

let dictProxyFactory = null;
/** Installs how the `__dict__` of a class, module or function is made (a dict built from its namespace). */
export function setDictProxyFactory(f) {
  dictProxyFactory = f;
}
function dictProxy(ns) {
  return dictProxyFactory(ns);
}

let classDictFactory = null;
/** Installs how a class's `__dict__` is made (types/mappingproxy.js: a live, read-only view). */
export function setClassDictFactory(f) {
  classDictFactory = f;
}

/**
 * The attribute `name` held by `obj` itself (its instance dict, or the namespace of a function
 * or coroutine), or NO_ATTR.
 */
function ownAttr(obj, name) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return NO_ATTR;
  if (hasInstanceDict(obj)) return instanceGet(obj, name);
  const d = obj.$d;
  return d !== undefined && !(obj instanceof PyModule) && name in d ? d[name] : NO_ATTR;
}

function getattrSlow(obj, name, hooks) {
  if (obj instanceof PySuper) return superGetattr(obj, name);
  if (obj instanceof PyType) {
    // A class that lives in Pyodide (internals/foreign.js) answers from Python.
    if (obj.$foreignGetattr !== undefined) return obj.$foreignGetattr(name);
    // CPython's type_getattro: the metaclass's data descriptors, then the class's MRO, then
    // the metaclass's other attributes, then the metaclass's __getattr__.
    const meta = obj.$cls;
    if (meta !== typeType) {
      const ma = lookup(meta, name);
      if (ma !== null && typeof ma === 'object' && isDataDescriptor(ma)) return bind(ma, obj, meta, false);
    }
    // A class's own annotations (type's __annotations__ descriptor): made empty on first read.
    if (name === '__annotations__' && obj.$heap) {
      if (!('__annotations__' in obj.$dict)) obj.$dict.__annotations__ = dictProxyFactory(new AttrDict());
      return obj.$dict.__annotations__;
    }
    if (typeMemberHook !== null) {
      const m = typeMemberHook(obj, name);
      if (m !== notMember) return m;
    }
    for (const c of obj.$mro) {
      let a;
      if (name in c.$dict) a = c.$dict[name];
      else if (c.$heap === true || ownAttrHook === null || (a = ownAttrHook(c, name)) === undefined) continue;
      if (c.$heap !== true && isMethodDescriptor(c, name, a)) return methodDescriptor(c, name, a);
      return bind(a, undefined, obj, true);
    }
    if (meta !== typeType && hasAttrInMro(meta, name)) return bind(lookup(meta, name), obj, meta, false);
    if (name === '__weakref__') {
      const g = weakrefGetset(obj);
      if (g !== undefined) return g;
    }
    switch (name) {
      case '__name__': return obj.__name__;
      case '__qualname__': return obj.__qualname__;
      case '__module__': return obj.__module__;
      case '__mro__': return tupleOf(obj.$mro);
      case '__bases__': return tupleOf(obj.$bases);
      case '__dict__': return classDictFactory(obj);
      case '__class__': return meta;
      case '__doc__': return undefined;
    }
    const ta = lookup(typeType, name);
    if (ta !== undefined) return bind(ta, obj, typeType, false);
    if (meta !== typeType) {
      const ga = lookup(meta, '__getattr__');
      if (ga !== undefined) return call(ga, obj, name);
    }
    throw noAttribute(obj, name);
  }
  if (obj instanceof PyModule) {
    const d = obj.$d;
    if (name in d) {
      // A global of a module whose body has not bound it yet (or that `del` unbound).
      const v = d[name];
      if (v !== UNBOUND) return v;
    }
    if (name === '__name__') return obj.__name__;
    if (name === '__dict__') return moduleDict(obj);
    throw noAttribute(obj, name);
  }
  if (typeof obj === 'function') {
    if (obj.$d !== undefined && name in obj.$d) return obj.$d[name];
    switch (name) {
      case '__name__': return obj.__name__ !== undefined ? obj.__name__ : jsName(obj);
      case '__qualname__': return obj.__qualname__ !== undefined ? obj.__qualname__ : jsName(obj);
      // A builtin of the builtins module carries its CPython argument table ($ar); modules set
      // their functions' own __module__ (sys, math).
      case '__module__': return obj.__module__ !== undefined || obj.$ar === undefined ? obj.__module__ : 'builtins';
      case '__doc__': return obj.__doc__;
      case '__defaults__': return obj.$sig && obj.$sig.defaults.length ? tupleOf(obj.$sig.defaults) : undefined;
      case '__kwdefaults__': return obj.$sig && obj.$sig.kwdefaults ? dictProxy(obj.$sig.kwdefaults) : undefined;
      case '__annotations__': if (obj.$sig !== undefined) return functionAnnotations(obj); break;
      case '__dict__': if (obj.$d !== undefined) return functionDict(obj); break;
      case '__class__': return typeOf(obj);
      case '__code__': if (obj.$sig !== undefined && codeOfHook !== null) return codeOfHook(obj);
    }
  }
  if (obj instanceof BoundMethod) {
    if (name === '__func__') return obj.__func__;
    if (name === '__self__') return obj.__self__;
    if (name === '__name__' || name === '__qualname__' || name === '__doc__' || name === '__code__' || name === '__annotations__'
      || name === '__module__') {
      if ((name === '__name__' || name === '__qualname__') && typeof obj.__func__ === 'function' && obj.__func__.$sig === undefined) {
        const shown = runtimeMethodName(obj.__self__, obj.__func__, name);
        if (shown !== undefined) return shown;
      }
      return getattr(obj.__func__, name);
    }
    // CPython's method_getattro: the method type's attributes, else the function's.
    if (!hasAttrInMro(methodType, name)) {
      const f = obj.__func__;
      if (typeof f === 'function' && f.$d !== undefined && name in f.$d) return f.$d[name];
      if (f !== null && typeof f === 'object') return getattr(f, name);
    }
  }
  const t = typeOf(obj);
  if (hooks && hasInstanceDict(obj)) {
    const ga = lookup(t, '__getattribute__');
    if (ga !== objectGetattribute) return getattributeHook(obj, t, ga, name);
  }
  const a = lookup(t, name);
  if (a !== undefined) {
    if (!isDataDescriptor(a)) {
      const v = ownAttr(obj, name);
      if (v !== NO_ATTR) return v;
    }
    return bind(a, obj, t, false);
  }
  if (name === '__dict__' && !hasAttrInMro(t, name) && hasInstanceDict(obj)) return instanceDict(obj);
  const v = ownAttr(obj, name);
  if (v !== NO_ATTR) return v;
  if (hasAttrInMro(t, name)) return undefined;
  if (name === '__class__') return t;
  return getattrMissing(obj, t, name, hooks);
}

/**
 * A function's `__annotations__` (CPython's func_get_annotations): the dict made from the
 * names and values its `def` evaluated, or a new empty dict, kept for later reads.
 */
function functionAnnotations(fn) {
  const a = fn.$ann;
  if (a instanceof PyDict) return a;
  const d = new PyDict();
  if (a !== undefined) {
    for (let i = 0; i < a.length; i += 2) d.put(a[i], a[i + 1]);
  }
  fn.$ann = d;
  return d;
}

/** `f.__annotations__ = value` (None clears it, as `del` does); CPython's func_set_annotations. */
function setFunctionAnnotations(fn, value) {
  if (value === undefined || value === null) {
    fn.$ann = undefined;
    return;
  }
  if (!(value instanceof PyDict)) throw pyError('TypeError', '__annotations__ must be set to a dict object');
  fn.$ann = value;
}

let codeOfHook = null;
/** Installs the maker of `__code__` objects (internals/code-object.js, loaded only by programs reading `__code__`). */
export function setCodeOf(f) {
  codeOfHook = f;
}

let tupleFactory = null;
export function setTupleFactory(f) {
  tupleFactory = f;
}
function tupleOf(items) {
  return tupleFactory(items.slice());
}

/** `obj.name = value`. */
export function setattr(obj, name, value) {
  if (obj instanceof PyObject && obj.$py === true && obj.$cls.$plain === true && name !== '__class__' && name !== '__dict__') {
    storeField(obj, name, value);
    return;
  }
  setattrGeneric(obj, name, value);
}

function setattrGeneric(obj, name, value) {
  if (isClassInstance(obj)) {
    // CPython's order: type(obj).__setattr__ first; object.__setattr__ applies data descriptors.
    const t = typeOf(obj);
    if (obj instanceof PyObject && t.$plain === undefined) computePlain(t);
    if (t.$setattr !== undefined) {
      const sa = lookup(t, '__setattr__');
      if (sa !== objectSetattr) {
        call(sa, obj, name, value);
        return;
      }
    }
    objectSetattr(obj, name, value);
    return;
  }
  if (name === '__class__') {
    assignClass(obj, value);
    return;
  }
  if (obj instanceof PyType) {
    if (obj.$foreignSetattr !== undefined) {
      obj.$foreignSetattr(name, value);
      return;
    }
    if (obj.$cls !== typeType) {
      const sa = lookup(obj.$cls, '__setattr__');
      if (sa !== objectSetattr) {
        call(sa, obj, name, value);
        return;
      }
    }
    setTypeAttr(obj, name, value);
    return;
  }
  if (obj instanceof PyModule) {
    // The module's __dict__ is a read-only member of the module type.
    if (name === '__dict__') throw pyError('AttributeError', 'readonly attribute');
    obj.$d[name] = value;
    return;
  }
  if (typeof obj === 'function' && obj.$d !== undefined) {
    if (name === '__annotations__' && obj.$sig !== undefined) setFunctionAnnotations(obj, value);
    else if (name === '__dict__') replaceFunctionDict(obj, value);
    else if (name === '__name__' || name === '__qualname__' || name === '__doc__' || name === '__module__') obj[name] = value;
    else obj.$d[name] = value;
    return;
  }
  throw builtinStoreError(typeOf(obj), name, ownInDict);
}

/** Whether class `c` itself holds `name` (for a built-in type CPython's names do not list). */
function ownInDict(c, name) {
  return name in c.$dict;
}

/** `type.__setattr__`: a data descriptor of the metaclass, else the class namespace. */
function setTypeAttr(obj, name, value) {
  if (obj.$cls !== typeType) {
    const a = lookup(obj.$cls, name);
    if (a instanceof PyProperty) {
      if (a.fset === undefined) throw pyError('AttributeError', `property${a.$name ? ` '${a.$name}'` : ''} of '${obj.$cls.__qualname__}' object has no setter`);
      call(a.fset, obj, value);
      return;
    }
    if (a instanceof PyObject) {
      const set = lookup(a.$cls, '__set__');
      if (set !== undefined) {
        call(set, a, obj, value);
        return;
      }
    }
  }
  if (obj.$native !== null && obj.__module__ === 'builtins') {
    throw pyError('TypeError', `cannot set '${name}' attribute of immutable type '${obj.__name__}'`);
  }
  if (name === '__bases__') {
    assignBases(obj, value);
    return;
  }
  if (name === '__name__' || name === '__qualname__') {
    if (strValueOf(value) !== undefined) value = strValueOf(value);
    if (typeof value !== 'string') {
      throw pyError('TypeError', `can only assign string to ${obj.__name__}.${name}, not '${typeOf(value).__name__}'`);
    }
    obj[name] = value;
    return;
  }
  if (name === '__module__') obj.__module__ = value;
  noteClassAttribute(value);
  obj.$dict[name] = value;
  typeAttrChanged(obj, name);
  if (name === '__setattr__' || name === '__delattr__') markHook(obj, '$' + name.slice(2, -2));
}

/** Flags `t` and its subclasses as having an `__setattr__`/`__delattr__` (`key` `$setattr`/`$delattr`). */
function markHook(t, key) {
  t[key] = true;
  for (const s of t.$subclasses) markHook(s, key);
}

/** `del obj.name`. */
export function delattr(obj, name) {
  if (isClassInstance(obj)) {
    const t = typeOf(obj);
    if (t.$delattr !== undefined) {
      const da = lookup(t, '__delattr__');
      if (da !== objectDelattr) {
        call(da, obj, name);
        return;
      }
    }
    objectDelattr(obj, name);
    return;
  }
  if (name === '__class__' && !(obj instanceof PyType)) throw pyError('TypeError', "can't delete __class__ attribute");
  if (obj instanceof PyType) {
    if (obj.$cls !== typeType) {
      const da = lookup(obj.$cls, '__delattr__');
      if (da !== objectDelattr) {
        call(da, obj, name);
        return;
      }
    }
    deleteTypeAttr(obj, name);
    return;
  }
  if (obj instanceof PyModule) {
    deleteModuleAttr(obj, name);
    return;
  }
  const d = typeof obj === 'function' ? obj.$d : undefined;
  if (name === '__annotations__' && d !== undefined && obj.$sig !== undefined) {
    obj.$ann = undefined;
    return;
  }
  if (name === '__dict__' && d !== undefined) throw pyError('TypeError', 'cannot delete __dict__');
  if (d === undefined) throw builtinStoreError(typeOf(obj), name, ownInDict);
  if (!(name in d)) throw noAttribute(obj, name);
  delete d[name];
}

/**
 * `del module.name`: a global of the module's code is unbound through its accessor (so the
 * module's own code sees it deleted, as `del name` in the module would), any other attribute
 * is removed. A missing one is CPython's module_dict deletion error.
 */
function deleteModuleAttr(obj, name) {
  if (name === '__dict__') throw pyError('AttributeError', 'readonly attribute');
  const d = obj.$d;
  if (!(name in d) || d[name] === UNBOUND) throw pyError('AttributeError', `'module' object has no attribute '${name}'`);
  const p = Object.getOwnPropertyDescriptor(d, name);
  if (p !== undefined && p.set !== undefined) d[name] = UNBOUND;
  else delete d[name];
}

/**
 * An instance of a Python class (PyObject), or of a class statement's subclass of a built-in
 * (a list, dict or set subclass): attribute writes go through the type.
 */
function isClassInstance(obj) {
  return obj instanceof PyObject
    || (obj !== null && typeof obj === 'object' && !(obj instanceof PyType) && obj.$cls !== undefined && obj.$cls.$heap === true);
}

/** `object.__delattr__`: a property's deleter, a descriptor's `__delete__`, else the instance `__dict__`. */
function deleteTypeAttr(obj, name) {
  if (name === '__bases__') throw pyError('TypeError', `cannot delete '__bases__' attribute of immutable type '${obj.__name__}'`);
  if (!(name in obj.$dict)) throw noAttribute(obj, name);
  beforeDelete(obj, name);
  delete obj.$dict[name];
  typeAttrChanged(obj, name);
}

/**
 * After `name` of class `t`'s namespace was set or deleted. `__set__` and `__delete__` decide
 * whether the class's instances are data descriptors, which changes the plainness of every
 * class that holds one: all classes are invalidated then (rare).
 */
function typeAttrChanged(t, name) {
  invalidateAttrs(t, name);
  if (name === '__set__' || name === '__delete__') invalidateAttrs(objectType);
}

export function objectDelattr(obj, name) {
  if (obj instanceof PyType && obj.$foreignSetattr === undefined) {
    deleteTypeAttr(obj, name);
    return;
  }
  if (!isClassInstance(obj)) {
    delattr(obj, name);
    return;
  }
  if (name === '__class__') throw pyError('TypeError', "can't delete __class__ attribute");
  const t = typeOf(obj);
  const a = lookup(t, name);
  if (a !== null && typeof a === 'object') {
    if (a instanceof PyProperty) {
      if (a.fdel === undefined) throw pyError('AttributeError', `property${a.$name ? ` '${a.$name}'` : ''} of '${t.__qualname__}' object has no deleter`);
      call(a.fdel, obj);
      return;
    }
    if (a instanceof SlotMember) {
      a.delete(obj);
      return;
    }
    if (a instanceof PyObject) {
      const del = lookup(a.$cls, '__delete__');
      if (del !== undefined) {
        call(del, a, obj);
        return;
      }
    }
  }
  if (name === '__dict__' && a === undefined && hasInstanceDict(obj)) {
    // CPython drops the dict; the next use makes a fresh empty one.
    replaceInstanceDict(obj, new PyDict());
    return;
  }
  if (!hasInstanceDict(obj) || !instanceDelete(obj, name)) throw noAttribute(obj, name);
}

/** `hasattr(obj, name)`. */
export function hasattr(obj, name) {
  try {
    getattr(obj, name);
    return true;
  } catch (e) {
    if (e instanceof PyObject && isSubtype(e.$cls, attributeErrorType())) return false;
    throw e;
  }
}

let attributeErrorClass = null;
export function setAttributeErrorType(t) {
  attributeErrorClass = t;
}
/** Whether `e` is an AttributeError (or a subclass's instance). */
export function isAttributeError(e) {
  return e instanceof PyObject && isSubtype(e.$cls, attributeErrorType());
}

function attributeErrorType() {
  return attributeErrorClass;
}

/**
 * `obj.name(*args)` without materialising a bound method when the attribute is a plain
 * function on the type that the instance does not shadow.
 */
export function callMethod(obj, name, ...args) {
  const t = typeOf(obj);
  const at = t.$attrs || lookupAll(t);
  const a = at[name];
  if (typeof a === 'function' && a.$free !== true && !(obj instanceof PyType) && at.__getattribute__ === objectGetattribute) {
    if (!shadows(obj, name)) {
      const sig = a.$sig;
      if (sig === undefined || (sig.simple && sig.nparams === args.length + 1)) return a(obj, ...args);
      return call(a, obj, ...args);
    }
  }
  return call(getattr(obj, name), ...args);
}

/** Looks a special method up on the type only, as CPython does for implicit invocations. */
export function lookupSpecial(obj, name) {
  return lookup(typeOf(obj), name);
}

/**
 * `obj.__class__ = cls`, allowed as in CPython between classes made by `class` statements
 * whose instances have the same layout. The instance's new class has its own attribute
 * table, so cached lookups made for the old class no longer match.
 */
function assignClass(obj, cls) {
  if (!(cls instanceof PyType)) {
    throw pyError('TypeError', `__class__ must be set to a class, not '${typeOf(cls).__name__}' object`);
  }
  const old = typeOf(obj);
  if (!(obj instanceof PyObject) || !old.$heap || !cls.$heap) {
    throw pyError('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (cls.$make !== old.$make || cls.$native !== old.$native || (cls.$isException === true) !== (old.$isException === true)
      || slotLayout(cls) !== slotLayout(old)) {
    throw pyError('TypeError', `__class__ assignment: '${cls.__name__}' object layout differs from '${old.__name__}'`);
  }
  // An instance that is a class attribute elsewhere may stop or start being a data descriptor.
  const descriptor = (c) => hasAttrInMro(c, '__set__') || hasAttrInMro(c, '__delete__');
  const changesDescriptor = descriptor(old) !== descriptor(cls);
  if (old.$proto !== null && Object.getPrototypeOf(obj) === old.$proto) {
    // The new class may not be plain; facts remembered by generated code say it is (attr-epoch.js).
    advanceAttrEpoch();
    Object.setPrototypeOf(obj, instanceProto(cls));
  }
  obj.$cls = cls;
  if (changesDescriptor) invalidateAttrs(objectType);
}

/** `object.__setattr__`, marker so subclasses that do not override it take the fast path. */
export function objectSetattr(self, name, value) {
  if (name === '__class__') {
    assignClass(self, value);
    return;
  }
  if (isClassInstance(self)) {
    const t = typeOf(self);
    const a = lookup(t, name);
    if (a !== null && typeof a === 'object') {
      if (a instanceof PyProperty) {
        if (a.fset === undefined) throw pyError('AttributeError', `property${a.$name ? ` '${a.$name}'` : ''} of '${t.__qualname__}' object has no setter`);
        call(a.fset, self, value);
        return;
      }
      if (a instanceof SlotMember) {
        a.set(self, value);
        return;
      }
      if (a instanceof PyObject) {
        const set = lookup(a.$cls, '__set__');
        if (set !== undefined) {
          call(set, a, self, value);
          return;
        }
      }
    }
    if (!hasInstanceDict(self)) {
      throw pyError('AttributeError', a !== undefined || hasAttrInMro(t, name)
        ? `'${t.__name__}' object attribute '${name}' is read-only`
        : `'${t.__name__}' object has no attribute '${name}'`);
    }
    if (name === '__dict__' && a === undefined && !hasAttrInMro(t, name)) {
      if (!(value instanceof PyDict)) throw pyError('TypeError', `__dict__ must be set to a dictionary, not a '${typeOf(value).__name__}'`);
      replaceInstanceDict(self, value);
      return;
    }
    instanceSet(self, name, value);
    return;
  }
  if (self instanceof PyType && self.$foreignSetattr === undefined) {
    setTypeAttr(self, name, value);
    return;
  }
  setattr(self, name, value);
}

/** `super()` inside a method of `cls` whose first argument is `self`. */
export class PySuper {
  constructor(cls, self) {
    this.cls = cls;
    this.self = self;
  }
}

export const superType = new PyType('super', [objectType], new AttrDict());
PySuper.prototype.$cls = superType;
PyProperty.prototype.$cls = new PyType('property', [objectType], new AttrDict());
StaticMethod.prototype.$cls = new PyType('staticmethod', [objectType], new AttrDict());
ClassMethod.prototype.$cls = new PyType('classmethod', [objectType], new AttrDict());
PyModule.prototype.$cls = moduleType;

/** Attribute lookup through `super(cls, self)`: the MRO after `cls`. */
export function superGetattr(s, name) {
  // An unbound super object (no instance) looks nothing up along the MRO, and `__class__` is
  // the super object's own class (CPython's super_getattro skips to the generic lookup).
  if (s.self === undefined || name === '__class__') return superOwnAttr(s, name);
  const selfType = superSelfType(s);
  const mro = selfType.$mro;
  let i = mro.indexOf(s.cls);
  for (i++; i < mro.length; i++) {
    const d = mro[i].$dict;
    let a;
    if (name in d) a = d[name];
    else if (mro[i].$heap === true || ownAttrHook === null || (a = ownAttrHook(mro[i], name)) === undefined) continue;
    if (s.self instanceof PyType && selfType === s.self) {
      if (a instanceof ClassMethod) return new BoundMethod(a.__func__, s.self);
      return bind(a, undefined, selfType, true);
    }
    return bind(a, s.self, selfType, false);
  }
  return superOwnAttr(s, name);
}

// super has its own __getattribute__ (super_getattro), so the method-call fast paths, which
// take a method from the type when it keeps object's lookup, leave super objects to superGetattr.
superType.$dict.__getattribute__ = function __getattribute__(s, name) {
  if (typeof name !== 'string') throw attributeNameError(name);
  return superGetattr(s, name);
};

function attributeNameError(name) {
  return pyError('TypeError', `attribute name must be string, not '${typeOf(name).__name__}'`);
}

export function superSelfType(s) {
  return s.self instanceof PyType && isSubtype(s.self, s.cls) ? s.self : typeOf(s.self);
}

/** The attributes of the super object itself: its members, then super's and object's methods. */
function superOwnAttr(s, name) {
  switch (name) {
    case '__class__': return s.$cls;
    case '__thisclass__': return s.cls;
    case '__self__': return s.self;
    case '__self_class__': return s.self === undefined ? undefined : superSelfType(s);
  }
  const a = lookup(s.$cls, name);
  if (a !== undefined) return bind(a, s, s.$cls, false);
  throw setAttributeErrorContext(pyError('AttributeError', `'super' object has no attribute '${name}'`), s, name);
}

export { AttrDict, objectType, functionType, builtinFunctionType, moduleType, defineFunction };

/**
 * The module object of a generated module: `accessors` reads and writes its live globals; `doc`
 * is its docstring (None without one) and `globals` its globals() object, when it calls globals().
 */
export function makeModule(name, accessors, file, doc, globals) {
  Object.setPrototypeOf(accessors, null);
  if (!('__name__' in accessors)) accessors.__name__ = name;
  if (!('__doc__' in accessors)) accessors.__doc__ = doc;
  const m = new PyModule(name, accessors);
  m.$file = file;
  m.$globals = globals;
  return m;
}

/**
 * The path CPython shows for a module's file: absolute, as the import system finds it from the
 * script's directory. A build given a relative path is resolved against the working directory
 * (under Node; in a browser it stays as given).
 */
function modulePath(file) {
  if (file.startsWith('/')) return normalisePath(file);
  const proc = globalThis.process;
  const cwd = proc !== undefined && typeof proc.cwd === 'function' ? proc.cwd() : undefined;
  return cwd === undefined ? file : normalisePath(`${cwd}/${file}`);
}

function normalisePath(path) {
  const out = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** `from module import name`: CPython's ImportError names the module and its file, in `name` and `path` too. */
export function importFrom(module, name) {
  const d = module.$d;
  if (name in d) {
    const v = d[name];
    if (v !== UNBOUND) return v;
  }
  let path;
  if (d.__file__ !== undefined && d.__file__ !== UNBOUND) path = d.__file__;
  else if (module.$file !== undefined) path = modulePath(module.$file);
  const where = path === undefined ? ' (unknown location)' : ` (${path})`;
  const e = pyError('ImportError', module.$loading
    ? `cannot import name '${name}' from partially initialized module '${module.__name__}' (most likely due to a circular import)${where}`
    : `cannot import name '${name}' from '${module.__name__}'${where}`);
  e.$name = module.__name__;
  e.$path = path;
  throw e;
}

// Fixed-arity forms of callMethod: no rest parameters or spread on the hot path.
function methodFast(obj, name) {
  const t = typeOf(obj);
  const at = t.$attrs || lookupAll(t);
  const a = at[name];
  if (typeof a === 'function' && a.$free !== true && !(obj instanceof PyType) && at.__getattribute__ === objectGetattribute && !shadows(obj, name)) return a;
  return undefined;
}

/** Whether `obj` itself (not a type) holds attribute `name`, hiding the method of its class. */
function shadows(obj, name) {
  if (obj instanceof PyObject) return instanceHas(obj, name);
  if (obj === null || typeof obj !== 'object') return false;
  if (hasInstanceDict(obj)) return instanceHas(obj, name);
  const d = obj.$d;
  return d !== undefined && name in d;
}

/**
 * For `super().name(...)` with `nparams` arguments including self: the plain function found
 * after `cls` on the MRO of the instance's class, to call with the instance directly instead
 * of binding a method; `undefined` for anything else (class-level super, descriptors, a
 * signature that needs binding).
 */
function superMethod(s, name, nparams) {
  const self = s.self;
  if (self instanceof PyType) return undefined;
  const mro = typeOf(self).$mro;
  for (let i = mro.indexOf(s.cls) + 1; i > 0 && i < mro.length; i++) {
    const d = mro[i].$dict;
    if (name in d) {
      const a = d[name];
      if (typeof a !== 'function' || a.$free === true) return undefined;
      const sig = a.$sig;
      return sig === undefined || (sig.simple && sig.nparams === nparams) ? a : undefined;
    }
  }
  return undefined;
}

export function callMethod0(obj, name) {
  if (obj instanceof PySuper) {
    const g = superMethod(obj, name, 1);
    if (g !== undefined) return g(obj.self);
  }
  const f = methodFast(obj, name);
  if (f !== undefined && (f.$sig === undefined || (f.$sig.simple && f.$sig.nparams === 1))) return f(obj);
  return callMethod(obj, name);
}

export function callMethod1(obj, name, a) {
  if (obj instanceof PySuper) {
    const g = superMethod(obj, name, 2);
    if (g !== undefined) return g(obj.self, a);
  }
  const f = methodFast(obj, name);
  if (f !== undefined && (f.$sig === undefined || (f.$sig.simple && f.$sig.nparams === 2))) return f(obj, a);
  return callMethod(obj, name, a);
}

export function callMethod2(obj, name, a, b) {
  if (obj instanceof PySuper) {
    const g = superMethod(obj, name, 3);
    if (g !== undefined) return g(obj.self, a, b);
  }
  const f = methodFast(obj, name);
  if (f !== undefined && (f.$sig === undefined || (f.$sig.simple && f.$sig.nparams === 3))) return f(obj, a, b);
  return callMethod(obj, name, a, b);
}

export function callMethod3(obj, name, a, b, c) {
  if (obj instanceof PySuper) {
    const g = superMethod(obj, name, 4);
    if (g !== undefined) return g(obj.self, a, b, c);
  }
  const f = methodFast(obj, name);
  if (f !== undefined && (f.$sig === undefined || (f.$sig.simple && f.$sig.nparams === 4))) return f(obj, a, b, c);
  return callMethod(obj, name, a, b, c);
}
