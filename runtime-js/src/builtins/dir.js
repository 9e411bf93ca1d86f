// `dir(obj)`: https://docs.python.org/3/library/functions.html#dir
// CPython calls `type(obj).__dir__(obj)` and sorts the result. The default `__dir__`s merge
// namespaces: object.__dir__ the instance's `__dict__` and its class's namespace and its bases',
// type.__dir__ the class's namespace and its bases', module.__dir__ the module's namespace (or
// its own `__dir__` function). A class made by a `class` statement has its namespace in the
// runtime; a built-in class's is CPython's, from the generated table (builtin-dir-names.js), so
// the listing is CPython's (docs/conformance.md lists the names it holds that the runtime does
// not implement; test/dir.test.js keeps that list exact).
// `dir()` without an argument reads the caller's scope: the compiler passes it to `scopeDir`.

import { PyType, PyObject, typeOf, lookup, isSubtype, objectType, invalidateAttrs } from '../types/type.js';
import { PyDict } from '../types/dict.js';
import { AttributeError } from '../types/exceptions.js';
import { PyModule, getattr } from '../internals/attribute.js';
import { moduleDict } from '../internals/module-globals.js';
import { call } from '../internals/call.js';
import { pyError } from '../internals/errors.js';
import { toArray } from '../internals/iteration.js';
import { sortArray } from '../types/list.js';
import { classNamespace } from '../types/mappingproxy.js';
import { builtinDirNames } from '../internals/builtin-dir-names.js';
import { hasArity } from '../internals/builtin-arity.js';
import { $dir } from '../internals/builtin-arity-table.js';

function isAttributeError(e) {
  return e instanceof PyObject && isSubtype(e.$cls, AttributeError);
}

/** `dir(obj)`; without an argument the compiler calls {@link sortedNames} instead. */
export function dir(obj) {
  if (arguments.length === 0) throw pyError('TypeError', 'dir() without arguments is only supported where the compiler sees the call');
  if (arguments.length > 1) throw pyError('TypeError', `dir expected at most 1 argument, got ${arguments.length}`);
  const t = typeOf(obj);
  const own = lookup(t, '__dir__');
  let names;
  if (own !== undefined && !isDefaultDir(t, own)) {
    names = toArray(call(own, obj));
  } else if (obj instanceof PyModule) {
    names = moduleDir(obj);
  } else if (obj instanceof PyType) {
    names = [...classNames(obj, new Set())];
  } else {
    names = objectDir(obj);
  }
  return sortedNames(names);
}

/**
 * `dir()` without an argument: the sorted keys of the caller's namespace, as the compiler passes
 * it: the module's globals, a class body's namespace, or a new dict of a function's bound locals.
 */
export function scopeDir(ns) {
  if (typeof ns.keyList === 'function') return sortedNames(ns.keyList());
  if (ns instanceof PyObject || ns instanceof PyDict) return sortedNames(toArray(ns));
  return sortedNames(Object.keys(ns));
}

/** A sorted list of names, as `sorted()` sorts them (non-str entries raise TypeError). */
export function sortedNames(names) {
  const a = Array.from(names);
  sortArray(a, undefined, false);
  return a;
}

/** Whether `f`, found as `__dir__` on `t`'s MRO, is a default one (object's, type's, module's). */
function isDefaultDir(t, f) {
  for (const c of t.$mro) {
    if (Object.prototype.hasOwnProperty.call(c.$dict, '__dir__')) return !c.$heap;
  }
  return f === undefined;
}

/** module.__dir__: the namespace's keys, or the result of the module's own `__dir__` function. */
function moduleDir(m) {
  // A standard-library module the runtime provides (in JavaScript, or from its own Python source)
  // has other names than CPython's (docs/stdlib.md): listing them would be a silent difference.
  if (m.$file === undefined || m.$file.startsWith('taipan-stdlib/')) {
    throw pyError('TypeError', `dir() of the module '${m.__name__}' is not supported: the runtime provides it with other names than CPython's`);
  }
  const ns = moduleDict(m);
  if (ns.has('__dir__')) return toArray(call(ns.getItem('__dir__')));
  return ns.keyList();
}

/** object.__dir__: the instance's `__dict__` keys, merged with its class's names. */
function objectDir(obj) {
  const names = new Set();
  let d;
  try {
    d = getattr(obj, '__dict__');
  } catch (e) {
    if (!isAttributeError(e)) throw e;
  }
  if (d !== undefined && typeOf(d).__name__ === 'dict') for (const k of toArray(d)) names.add(k);
  let cls;
  try {
    cls = getattr(obj, '__class__');
  } catch (e) {
    if (!isAttributeError(e)) throw e;
  }
  if (cls instanceof PyType) classNames(cls, names);
  return [...names];
}

/** type.__dir__'s merge_class_dict: the class's namespace, then its bases', recursively. */
export function classNames(cls, into) {
  for (const k of namespaceKeys(cls)) into.add(k);
  for (const b of cls.$bases) classNames(b, into);
  return into;
}

/** The keys of class `cls`'s own namespace as CPython has them. */
function namespaceKeys(cls) {
  if (cls.$heap) return toArray(classNamespace(cls));
  const names = builtinDirNames(`${cls.__module__}.${cls.__qualname__}`);
  if (names === undefined) {
    throw pyError('TypeError', `dir() of the built-in class '${cls.__qualname__}' (or an instance) is not supported by the runtime`);
  }
  return names;
}

// object.__dir__ and type.__dir__ (unsorted, as CPython's), so that an override can extend them
// (`super().__dir__()`). Installed when this module loads: the compiler imports it wherever a
// program calls dir() or reads `.__dir__`.
objectType.$dict.__dir__ = function __dir__(self) {
  return objectDir(self);
};
invalidateAttrs(objectType, '__dir__');
const typeType = typeOf(objectType);
typeType.$dict.__dir__ = function __dir__(cls) {
  if (!(cls instanceof PyType)) throw pyError('TypeError', "descriptor '__dir__' for 'type' objects doesn't apply to a non-type object");
  return [...classNames(cls, new Set())];
};
invalidateAttrs(typeType, '__dir__');

// Called through a value, dir checks its arguments as CPython does (internals/call.js).
hasArity(dir, $dir);
