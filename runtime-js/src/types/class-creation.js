// Creating classes: the `class` statement (`__build_class__`), metaclasses, `__prepare__`,
// `type.__new__` / `type.__init__` and `type(name, bases, dict)`:
// https://docs.python.org/3/reference/datamodel.html#customizing-class-creation
// A class whose metaclass is `type` and whose namespace is the default one takes the direct
// path (`typeNew`); any other metaclass is called as CPython calls it, with the class body's
// namespace as a dict (or as the mapping its `__prepare__` returned).

import { noteClassAttribute } from '../internals/free-functions.js';
import {
  PyType, PyObject, AttrDict, typeOf, lookup, objectType, typeType, isSubtype, NotImplemented,
} from './type.js';
import { makeTuple, Tuple } from './tuple.js';
import { PyDict, dictFromNamespace } from './dict.js';
import { call, callKw, BoundMethod } from '../internals/call.js';
import { pyError } from '../internals/errors.js';
import { setNameErrorName } from '../internals/error-context.js';
import { PyProperty, StaticMethod, ClassMethod, getattr } from '../internals/attribute.js';
import { getitem, setitem, delitem } from '../internals/subscript.js';
import { NAMESPACE_MAPPING as MAPPING } from '../internals/names.js';
import { KeyError, AttributeError, isException } from './exceptions.js';
import { strRepr } from './str.js';
import { applySlots, checkSlotLayout, givesDict } from './slots-class.js';
import { addGetsets } from './getset-descriptor.js';
// Calling classes and object's methods (types/object.js) must be installed wherever classes are made.
import './object.js';
import { strValueOf } from './value-subclass.js';


function kwNames(kw) {
  return kw === null ? [] : Object.keys(kw);
}

function withoutMetaclass(kw) {
  if (kw === null || !('metaclass' in kw)) return kw;
  const out = new AttrDict();
  for (const k in kw) if (k !== 'metaclass') out[k] = kw[k];
  return out;
}

function callWithKw(f, args, kw) {
  const names = kwNames(kw);
  return names.length === 0 ? call(f, ...args) : callKw(f, args, names, names.map((k) => kw[k]));
}

/** CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and the bases' metaclasses. */
export function calculateMetaclass(meta, bases) {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    throw pyError('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) '
      + 'subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The metaclass `__build_class__` uses: `metaclass=` if given, else `type(bases[0])`, made most derived. */
function metaclassOf(bases, kw) {
  if (kw !== null && 'metaclass' in kw) {
    const m = kw.metaclass;
    return m instanceof PyType ? calculateMetaclass(m, bases) : m;
  }
  if (bases.length === 0) return typeType;
  for (const b of bases) if (!(b instanceof PyType)) throw pyError('TypeError', 'bases must be types');
  return calculateMetaclass(typeOf(bases[0]), bases);
}

/**
 * A namespace object over a mapping returned by `__prepare__`: the class body reads
 * (`k in ns ? ns[k] : global`), writes and deletes through the mapping's item protocol. A
 * successful `in` keeps the value it read, so each name lookup calls `__getitem__` once.
 */
function isKeyError(e) {
  return e instanceof PyObject && isSubtype(e.$cls, KeyError);
}

function namespaceProxy(mapping) {
  let lastKey = null;
  let lastValue;
  return new Proxy(new AttrDict(), {
    has(target, key) {
      if (typeof key !== 'string') return false;
      try {
        lastValue = getitem(mapping, key);
        lastKey = key;
        return true;
      } catch (e) {
        if (isKeyError(e)) return false;
        throw e;
      }
    },
    get(target, key) {
      if (key === MAPPING) return mapping;
      if (key === lastKey) {
        lastKey = null;
        return lastValue;
      }
      return getitem(mapping, key);
    },
    set(target, key, value) {
      setitem(mapping, key, value);
      return true;
    },
    deleteProperty(target, key) {
      try {
        delitem(mapping, key);
      } catch (e) {
        if (isKeyError(e)) throw setNameErrorName(pyError('NameError', `name '${key}' is not defined`), key);
        throw e;
      }
      return true;
    },
  });
}

function typePrepare(cls, ...args) {
  return new PyDict();
}
typePrepare.$kw = (args, kw) => new PyDict();

/**
 * The start of a `class` statement, after its bases and keywords are evaluated: finds the
 * metaclass, calls its `__prepare__`, and returns the namespace the body fills, holding
 * `__module__` and `__qualname__` as CPython's class bodies store them first.
 */
export function prepareClass(name, bases, kw, module, qualname) {
  const orig = resolveBases(bases);
  const meta = metaclassOf(bases, kw);
  let ns;
  const prepare = meta === typeType ? typePrepare : meta instanceof PyType ? getattr(meta, '__prepare__') : safePrepare(meta);
  if (prepare === typePrepare || (prepare instanceof BoundMethod && prepare.__func__ === typePrepare)) {
    ns = new AttrDict();
  } else {
    const mapping = callWithKw(prepare, [name, makeTuple(bases)], withoutMetaclass(kw));
    if (!(mapping instanceof PyDict) && lookup(typeOf(mapping), '__getitem__') === undefined) {
      const who = meta instanceof PyType ? meta.__name__ : '<metaclass>';
      throw pyError('TypeError', `${who}.__prepare__() must return a mapping, not ${typeOf(mapping).__name__}`);
    }
    ns = namespaceProxy(mapping);
    // The body's first statement, `__module__ = __name__`, reads __name__ through the mapping.
    if ('__name__' in ns) module = ns.__name__;
  }
  ns.__module__ = module;
  ns.__qualname__ = qualname;
  if (orig !== null) origBases.set(ns, orig);
  return ns;
}

function hasMroEntries(b) {
  try {
    getattr(b, '__mro_entries__');
    return true;
  } catch (e) {
    if (e instanceof PyObject && isSubtype(e.$cls, AttributeError)) return false;
    throw e;
  }
}

/** The original bases of class bodies whose bases had `__mro_entries__`, until the class is made. */
const origBases = new WeakMap();

/**
 * CPython's update_bases (PEP 560): a base that is not a class but has `__mro_entries__` is
 * replaced, in place, by the classes that method returns. Returns the original bases as a
 * tuple when any was replaced (the class gets them as `__orig_bases__`), else null.
 */
function resolveBases(bases) {
  let out = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (b instanceof PyType) {
      if (out !== null) out.push(b);
      continue;
    }
    let entries;
    try {
      entries = getattr(b, '__mro_entries__');
    } catch (e) {
      if (e instanceof PyObject && isSubtype(e.$cls, AttributeError)) {
        if (out !== null) out.push(b);
        continue;
      }
      throw e;
    }
    const orig = makeTuple(bases.slice());
    const got = call(entries, orig);
    if (!(got instanceof Tuple)) throw pyError('TypeError', '__mro_entries__ must return a tuple');
    if (out === null) out = bases.slice(0, i);
    out.push(...got.items);
  }
  if (out === null) return null;
  const orig = makeTuple(bases.slice());
  bases.splice(0, bases.length, ...out);
  return orig;
}

/** `metaclass.__prepare__` of a metaclass that is not a class (a function): usually absent. */
function safePrepare(meta) {
  try {
    return getattr(meta, '__prepare__');
  } catch (e) {
    if (e instanceof PyObject && isSubtype(e.$cls, AttributeError)) return typePrepare;
    throw e;
  }
}

/**
 * The end of a `class` statement: calls the metaclass with the name, the bases and the
 * namespace the body filled (`type` directly, without building a dict).
 */
export function makeClass(name, bases, ns, qualname, module, kw = null) {
  const meta = metaclassOf(bases, kw);
  const mapping = ns[MAPPING];
  if (mapping === undefined) {
    // A namespace made without prepareClass (runtime-built classes) names the class from the arguments.
    if (!('__module__' in ns)) ns.__module__ = module;
    if (!('__qualname__' in ns)) ns.__qualname__ = qualname;
  }
  const orig = origBases.get(ns);
  if (orig !== undefined) {
    origBases.delete(ns);
    ns.__orig_bases__ = orig;
  }
  const rest = withoutMetaclass(kw);
  if (meta === typeType && mapping === undefined) return typeNew(typeType, name, bases, ns, rest);
  return callWithKw(meta, [name, makeTuple(bases), mapping !== undefined ? mapping : dictFromNamespace(ns)], rest);
}

/**
 * `type.__new__(mcs, name, bases, dict, **kw)` from Python (a metaclass's `super().__new__`,
 * `type(name, bases, dict)`): checks the arguments as CPython does and builds the class.
 */
export function typeNewCall(mcs, args, kw, module) {
  if (!(mcs instanceof PyType)) throw pyError('TypeError', `type.__new__(X): X is not a type object (${typeOf(mcs).__name__})`);
  if (!isSubtype(mcs, typeType)) throw pyError('TypeError', `type.__new__(${mcs.__name__}): ${mcs.__name__} is not a subtype of type`);
  if (args.length !== 3) throw pyError('TypeError', `type.__new__() takes exactly 3 arguments (${args.length} given)`);
  let [name, bases, dict] = args;
  if (strValueOf(name) !== undefined) name = strValueOf(name);
  if (typeof name !== 'string') throw pyError('TypeError', `type.__new__() argument 1 must be str, not ${typeOf(name).__name__}`);
  if (!(bases instanceof Tuple)) throw pyError('TypeError', `type.__new__() argument 2 must be tuple, not ${typeOf(bases).__name__}`);
  if (!(dict instanceof PyDict)) throw pyError('TypeError', `type.__new__() argument 3 must be dict, not ${typeOf(dict).__name__}`);
  for (const b of bases.items) {
    if (b instanceof PyType) continue;
    if (hasMroEntries(b)) throw pyError('TypeError', "type() doesn't support MRO entry resolution; use types.new_class()");
    throw pyError('TypeError', 'bases must be types');
  }
  const winner = calculateMetaclass(mcs, bases.items);
  if (winner !== mcs) {
    const wn = lookup(winner, '__new__');
    if (wn !== typeNewMethod) return callWithKw(wn instanceof StaticMethod ? wn.__func__ : wn, [winner, ...args], kw);
  }
  const ns = new AttrDict();
  for (const [k, v] of dict.entries()) if (typeof k === 'string') ns[k] = v;
  if (!('__module__' in ns)) ns.__module__ = module !== undefined ? module : callerModule(mcs);
  return typeNew(winner, name, bases.items, ns, kw);
}

/**
 * CPython names a class made without `__module__` after the globals of the frame calling
 * `type.__new__`: a metaclass's own `__new__` (calling `super().__new__`) when it has one.
 * Otherwise the caller is not known here and the program's main module is assumed
 * (docs/metaclasses.md); direct `type(name, bases, dict)` calls pass their module.
 */
function callerModule(mcs) {
  const nf = lookup(mcs, '__new__');
  const fn = nf instanceof StaticMethod ? nf.__func__ : nf;
  return typeof fn === 'function' && fn.$sig !== undefined ? fn.__module__ : '__main__';
}

/** `type(name, bases, dict)` called by name in module `module`. */
export function typeCall3(name, bases, dict, module) {
  const cls = typeNewCall(typeType, [name, bases, dict], null, module);
  if (cls instanceof PyType && cls.$cls !== typeType) {
    const init = lookup(cls.$cls, '__init__');
    if (init !== typeInit) call(init, cls, name, bases, dict);
  }
  return cls;
}

function typeNewFn(mcs, ...args) {
  return typeNewCall(mcs, args, null);
}
typeNewFn.$kw = (args, kw) => typeNewCall(args[0], args.slice(1), kw);
const typeNewMethod = new StaticMethod(typeNewFn);

function typeInit(cls, ...args) {
  if (args.length !== 1 && args.length !== 3) throw pyError('TypeError', 'type.__init__() takes 1 or 3 arguments');
}
typeInit.$kw = (args, kw) => typeInit(...args);

/**
 * `type.__new__` proper: the class object of metaclass `meta` from the namespace `ns` (an
 * AttrDict holding `__module__` and usually `__qualname__`), then `__set_name__` on its
 * attributes and the parent's `__init_subclass__(**kw)`.
 */
export function typeNew(meta, name, bases, ns, kw) {
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
  let qualname = name;
  if ('__qualname__' in ns) {
    qualname = ns.__qualname__;
    if (strValueOf(qualname) !== undefined) qualname = strValueOf(qualname);
    if (typeof qualname !== 'string') {
      throw pyError('TypeError', `type __qualname__ must be a str, not ${typeOf(qualname).__name__}`);
    }
    delete ns.__qualname__;
  }
  const setsHash = '__eq__' in ns && !('__hash__' in ns);
  for (const k of ['__new__', '__init_subclass__', '__class_getitem__']) {
    if (typeof ns[k] === 'function') ns[k] = k === '__new__' ? new StaticMethod(ns[k]) : new ClassMethod(ns[k]);
  }
  for (const k in ns) noteClassAttribute(ns[k]);
  const module = ns.__module__;
  checkSlotLayout(bases);
  const cls = new PyType(name, bases, ns, module, qualname);
  cls.$cls = meta;
  cls.$heap = true;
  const slots = '__slots__' in ns ? applySlots(cls, ns) : null;
  addGetsets(cls, bases, slots, givesDict);
  // After the slots, as PyType_Ready fills __doc__: a '__doc__' slot is not a conflict.
  if (!('__doc__' in ns)) ns.__doc__ = undefined;
  // Last, as CPython's type_ready_set_hash does it (the order `C.__dict__` shows).
  if (setsHash) ns.__hash__ = undefined;
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
      if (sn !== undefined) callSetName(sn, v, cls, k);
    }
  }
  // super(cls, cls).__init_subclass__: the next definition along the new class's own MRO.
  let isc;
  for (let i = 1; i < cls.$mro.length; i++) {
    const d = cls.$mro[i].$dict;
    if ('__init_subclass__' in d) {
      isc = d.__init_subclass__;
      break;
    }
  }
  const names = kwNames(kw);
  if (isc instanceof ClassMethod && isc.__func__ !== objectInitSubclass) {
    const f = isc.__func__;
    if (names.length) callKw(f, [cls], names, names.map((k) => kw[k]));
    else call(f, cls);
  } else if (names.length) {
    throw pyError('TypeError', `${name}.__init_subclass__() takes no keyword arguments`);
  }
  return cls;
}

function objectInitSubclass(cls) {}
objectInitSubclass.$kw = (args, kw) => {
  for (const k in kw) throw pyError('TypeError', `${args[0].__name__}.__init_subclass__() takes no keyword arguments`);
};

Object.assign(objectType.$dict, {
  __init_subclass__: new ClassMethod(objectInitSubclass),
  __subclasshook__: new ClassMethod((cls, ...args) => NotImplemented),
});

Object.assign(typeType.$dict, {
  __new__: typeNewMethod,
  __init__: typeInit,
  __prepare__: new ClassMethod(typePrepare),
  __instancecheck__: (cls, inst) => isSubtype(typeOf(inst), cls),
  __subclasscheck__: (cls, sub) => {
    if (!(sub instanceof PyType)) throw pyError('TypeError', 'issubclass() arg 1 must be a class');
    return isSubtype(sub, cls);
  },
  __subclasses__: (cls) => cls.$subclasses.slice(),
});

/** Calls `__set_name__`; CPython 3.11 raises a RuntimeError from an exception it raises. */
function callSetName(sn, v, cls, k) {
  try {
    call(sn, v, cls, k);
  } catch (e) {
    if (!isException(e)) throw e;
    const err = pyError('RuntimeError', `Error calling __set_name__ on '${v.$cls.__name__}' instance ${strRepr(k)} in '${cls.__name__}'`);
    err.$cause = e;
    err.$context = e;
    err.$suppressContext = true;
    throw err;
  }
}
