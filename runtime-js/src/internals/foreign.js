// Python objects that live in Pyodide, seen from transpiled code (DESIGN.md, "The JavaScript
// <-> Python boundary"). A routed module is a PyModule whose globals are read and written in
// Pyodide; a Python class becomes a runtime class (so isinstance and `except` work) whose
// special methods delegate to the Python ones; values cross by copy with their Python type
// kept: an integral float stays a float, an int past 2**53 a BigInt, a tuple a tuple. The
// Python half is foreign-bridge.py.js. This file never loads Pyodide: it is handed an
// instance, so a program with no routed module never reaches it.

import {
  PyType, PyObject, AttrDict, typeOf, objectType, typeType, intType, boolType, floatType, strType,
  bytesType, listType, tupleType, dictType, setType, frozensetType, rangeType, sliceType,
  complexType, NotImplemented, noneType,
} from '../types/type.js';
import { PyFloat, makeFloat } from '../types/float.js';
import { Tuple, makeTuple } from '../types/tuple.js';
import { PyDict } from '../types/dict.js';
import { PySet, PyFrozenSet } from '../types/set.js';
import { PyBytes, PyByteArray } from '../types/bytes.js';
import { exceptionTypes, isException, toPyException, withStack } from '../types/exceptions.js';
import { PyModule, getattr, setattr, delattr, defineFunction } from './attribute.js';
import { callKw } from './call.js';
import { pyError } from './errors.js';
import { UNBOUND } from './names.js';
import { repr, str, len, truthy, hash, eq, ne } from './protocols.js';
import { iterate } from './iteration.js';
import { contains, getitem as getItem } from './subscript.js';
import { writeStdout, writeStderr, flushStdout } from './stdio.js';
import { pythonFrames } from './traceback.js';
import { BRIDGE_SOURCE } from './foreign-bridge.py.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const BUILTIN_TYPES = {
  object: objectType, type: typeType, int: intType, bool: boolType, float: floatType, str: strType,
  bytes: bytesType, list: listType, tuple: tupleType, dict: dictType, set: setType,
  frozenset: frozensetType, range: rangeType, slice: sliceType, complex: complexType, NoneType: noneType,
};

/** Per Pyodide instance: the Python half's entry points and the caches of foreign classes. */
const bridges = new WeakMap();

/** Transpiled modules a routed module may import, by dotted name (their `$load`). */
const transpiledModules = new Map();

/**
 * Makes a transpiled module importable from Python (`import util` in a routed module): `load`
 * is the module's `$load`, which runs its body on the first import and returns its `$module`.
 */
export function registerTranspiled(name, load) {
  transpiledModules.set(name, load);
}

/**
 * The routed module `name` as transpiled code sees it: imports it in Pyodide (running its body)
 * and returns a module object whose attributes are the Python module's, converted.
 */
export function foreignModule(pyodide, name) {
  const b = bridgeOf(pyodide);
  const pyModule = unwrapResult(b.py.importModule(name));
  if (!(pyModule instanceof PyObject) || pyModule.$pyHandle === undefined) throw pyError('ImportError', `cannot import ${name}`);
  const proxy = pyModule.$pyHandle;
  const attrs = new Proxy(new AttrDict(), {
    has: (_, k) => typeof k === 'string' && b.py.hasAttr(proxy, k),
    get: (_, k) => (typeof k === 'string' ? unwrapResult(b.py.attr(proxy, k)) : undefined),
    set: (_, k, v) => {
      unwrapResult(b.py.setAttr(proxy, k, v));
      return true;
    },
    deleteProperty: (_, k) => {
      unwrapResult(b.py.delAttr(proxy, k));
      return true;
    },
  });
  return new PyModule(name, attrs);
}

function bridgeOf(pyodide) {
  let b = bridges.get(pyodide);
  if (b !== undefined) return b;
  b = { pyodide, classes: new Map(), objects: new Map(), holders: new Map(), py: null };
  // When the last runtime value holding a handle dies, Python lets go of the object.
  b.finalizer = new FinalizationRegistry((h) => {
    const n = b.holders.get(h) - 1;
    if (n > 0) {
      b.holders.set(h, n);
      return;
    }
    b.holders.delete(h);
    const ref = b.objects.get(h);
    if (ref !== undefined && ref.deref() === undefined) b.objects.delete(h);
    b.py.release(h);
  });
  bridges.set(pyodide, b);
  pyodide.runPython(BRIDGE_SOURCE, { filename: '<taipan-bridge>' });
  const install = pyodide.globals.get('_taipan_bridge');
  // Where routed sources live, so tracebacks name them as the build's relative files.
  const home = pyodide.taipanHome ?? ['/home/pyodide/taipan'];
  const api = install(encoder(b), pyodide.toPy(home));
  install.destroy();
  b.py = {
    call: api.call, attr: api.attr, setAttr: api.setAttr, delAttr: api.delAttr, hasAttr: api.hasAttr,
    describe: api.describe, special: api.special, importModule: api.importModule, release: api.release,
  };
  return b;
}

/** A bigint Pyodide hands over for an int in the safe range becomes the runtime's number. */
function normInt(v) {
  return typeof v === 'bigint' && v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : v;
}

function normItems(arr) {
  const out = new Array(arr.length);
  for (let i = 0; i < arr.length; i++) out[i] = normInt(arr[i]);
  return out;
}

class Ok {
  constructor(v) {
    this.v = v;
  }
}
class Raised {
  constructor(e) {
    this.e = e;
  }
}

function unwrapResult(r) {
  if (r instanceof Ok) return normInt(r.v);
  if (r instanceof Raised) throw withStack(r.e);
  return normInt(r);
}

const identities = new WeakMap();
let nextIdentity = 1;

/** The JavaScript half: what Python calls to build runtime values and to look at them. */
function encoder(b) {
  return {
    float: (x) => makeFloat(x),
    tuple: (items) => makeTuple(normItems(items)),
    list: (items) => normItems(items),
    empty: (kind) => (kind === 'list' ? [] : kind === 'dict' ? new PyDict() : new PySet()),
    dict: (keys, values) => {
      const d = new PyDict();
      for (let i = 0; i < keys.length; i++) d.put(normInt(keys[i]), normInt(values[i]));
      return d;
    },
    set: (items, frozen) => {
      const s = frozen ? new PyFrozenSet() : new PySet();
      for (const x of items) s.put(normInt(x), undefined);
      return s;
    },
    bytes: (data) => new PyBytes(new Uint8Array(data)),
    notImplemented: () => NotImplemented,
    builtinType: (name) => BUILTIN_TYPES[name] ?? exceptionTypes[name],
    cls: (h) => classFor(b, h),
    obj: (h, cls) => objectFor(b, h, cls),
    builtinExc: (name, args, proxy, frames) => {
      // The runtime's own constructor, so attributes it derives from the arguments (OSError's
      // errno, StopIteration's value, ...) are there too.
      const e = hold(b, exceptionTypes[name].$call(normItems(args), null), proxy);
      e.$foreignFrames = frameList(frames);
      return e;
    },
    foreignExc: (proxy, cls, args, frames) => {
      const e = hold(b, new PyObject(cls), proxy);
      e.$args = makeTuple(normItems(args));
      e.$stack = undefined;
      e.$foreignFrames = frameList(frames);
      return e;
    },
    ok: (v) => new Ok(v),
    raised: (e) => new Raised(e),
    failed: (r) => r instanceof Raised,
    raisedOf: (r) => r.e,
    valueOf: (r) => r.v,
    kind: kindOf,
    floatValue: (v) => (Object.is(v.v, -0) ? '-0.0' : String(v.v)),
    items: (v) => (v instanceof Tuple ? v.items : Array.isArray(v) ? v : v instanceof PySet ? [...v.items()] : [...v.keys()]),
    keys: (d) => [...d.keys()],
    values: (d) => [...d.values()],
    bytesData: (v) => v.data,
    identity: (v) => {
      let id = identities.get(v);
      if (id === undefined) {
        id = nextIdentity++;
        identities.set(v, id);
      }
      return id;
    },
    unwrap: (v) => v.$pyHandle,
    typeName: (v) => (v instanceof PyType ? v.__name__ : typeOf(v).__name__),
    typeOf: (v) => typeOf(v),
    moduleName: (v) => typeOf(v).__module__,
    isBuiltinExc: (v) => typeOf(v).__module__ === 'builtins',
    builtinBaseName: (v) => typeOf(v).$mro.find((t) => t.__module__ === 'builtins').__name__,
    originalException: (v) => (v.$pyHandle !== undefined ? v.$pyHandle : undefined),
    excArgs: (v) => v.$args,
    frames: (v) => pythonFrames(v.$stack).map((f) => [f.file, f.line, f.name]),
    setList: (js, items) => {
      const n = normItems(items);
      js.length = 0;
      for (const x of n) js.push(x);
    },
    setDict: (js, keys, values) => {
      js.clear();
      for (let i = 0; i < keys.length; i++) js.put(normInt(keys[i]), normInt(values[i]));
    },
    setSet: (js, items) => {
      js.clear();
      for (const x of items) js.put(normInt(x), undefined);
    },
    call: (f, args, names, values) => guard(() => callKw(f, normItems(args), [...names], normItems(values))),
    getattr: (o, name) => guard(() => (o instanceof PyModule && !(name in o.$d)
      ? (() => { throw pyError('AttributeError', `module '${o.__name__}' has no attribute '${name}'`); })()
      : getattr(o, name))),
    setattr: (o, name, v) => guard(() => setattr(o, name, normInt(v))),
    op: (name, o, arg) => guard(() => runtimeOp(name, o, normInt(arg))),
    next: (it) => {
      try {
        const r = it.next();
        return r.done ? DONE : new Ok(r.value);
      } catch (e) {
        return new Raised(toPyException(e));
      }
    },
    done: (r) => r === DONE,
    moduleHas: (m, name) => name in m.$d && m.$d[name] !== UNBOUND,
    // The names a transpiled module binds now, for `dir(module)` in Python.
    moduleNames: (m) => Object.keys(m.$d).filter((name) => m.$d[name] !== UNBOUND),
    delattr: (o, name) => guard(() => delattr(o, name)),
    hasTranspiled: (name) => transpiledModules.has(name),
    loadTranspiled: (name) => guard(() => transpiledModules.get(name)()),
    write: (fd, data) => writeBytes(fd, data),
  };
}

const DONE = Object.freeze({});

function guard(f) {
  try {
    return new Ok(f());
  } catch (e) {
    return new Raised(toPyException(e));
  }
}

function runtimeOp(name, o, arg) {
  switch (name) {
    case 'repr': return repr(o);
    case 'str': return str(o);
    case 'len': return len(o);
    case 'bool': return truthy(o);
    case 'hash': return hash(o);
    case 'iter': {
      const it = iterate(o);
      return it[Symbol.iterator] ? it[Symbol.iterator]() : it;
    }
    case 'getitem': return getItem(o, arg);
    case 'contains': return contains(o, arg);
    case '__eq__': return eq(o, arg);
    case '__ne__': return ne(o, arg);
    default: throw pyError('TypeError', `unsupported operation ${name}`);
  }
}

function kindOf(v) {
  if (v instanceof PyFloat) return 'float';
  if (v instanceof Tuple) return v.$cls === tupleType ? 'tuple' : 'object';
  if (Array.isArray(v)) return v.$cls === undefined ? 'list' : 'object';
  if (v === NotImplemented) return 'notimplemented';
  if (v instanceof PyObject || v instanceof PyType) {
    if (v.$pyHandle !== undefined) return 'foreign';
    if (v instanceof PyType && v.__module__ === 'builtins' && Object.values(BUILTIN_TYPES).concat(Object.values(exceptionTypes)).includes(v)) return 'builtin';
    if (isException(v)) return 'exception';
    return 'object';
  }
  const t = typeOf(v);
  if (t === dictType && v instanceof PyDict) return 'dict';
  if (t === setType && v instanceof PySet) return 'set';
  if (t === frozensetType && v instanceof PyFrozenSet) return 'frozenset';
  if (v instanceof PyBytes && !(v instanceof PyByteArray)) return 'bytes';
  return 'object';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Python's writes join the runtime's streams; bytes that are not UTF-8 go out unchanged. */
function writeBytes(fd, data) {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let s;
  try {
    s = utf8.decode(bytes);
  } catch (_) {
    flushStdout();
    writeRaw(fd, bytes);
    return;
  }
  if (fd === 1) writeStdout(s);
  else writeStderr(s);
}

let fsModule = null;
function writeRaw(fd, bytes) {
  if (fsModule === null && typeof process !== 'undefined' && process.getBuiltinModule) fsModule = process.getBuiltinModule('node:fs');
  if (fsModule === null) {
    (fd === 1 ? writeStdout : writeStderr)(new TextDecoder().decode(bytes));
    return;
  }
  let off = 0;
  while (off < bytes.length) {
    try {
      off += fsModule.writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
    }
  }
}

function frameList(frames) {
  const out = [];
  for (const f of frames) out.push({ file: f[0], line: Number(f[1]), name: f[2] });
  return out;
}

/** The runtime class standing for a Python class; one per class, so identity and isinstance hold. */
function classFor(b, proxy) {
  const key = proxy;
  const known = b.classes.get(key);
  if (known !== undefined) {
    return known;
  }
  const info = b.py.describe(proxy);
  const [name, qualname, module, basesRaw, present, absent, isExc, builtinBases] = info;
  const bases = [...basesRaw];
  for (const base of bases) {
    if (base.$pyHandle === undefined && base !== objectType && base.$isException !== true) {
      throw pyError('TypeError', `${module}.${qualname} cannot cross into transpiled code: it derives from the built-in type '${base.__name__}'`);
    }
  }
  const dict = new AttrDict();
  const t = new PyType(name, bases.length ? bases : [objectType], dict, module, qualname);
  t.$pyHandle = proxy;
  if (isExc) {
    t.$isException = true;
    t.$native = PyObject;
  }
  b.classes.set(key, t);
  for (const n of present) dict[n] = delegate(b, n);
  for (const n of absent) dict[n] = undefined;
  if (!isExc) {
    dict.__getattr__ = (self, attr) => unwrapResult(b.py.attr(self.$pyHandle, attr));
    t.$setattr = true;
    dict.__setattr__ = (self, attr, v) => unwrapResult(b.py.setAttr(self.$pyHandle, attr, v));
    t.$delattr = true;
    dict.__delattr__ = (self, attr) => unwrapResult(b.py.delAttr(self.$pyHandle, attr));
  } else {
    dict.__getattr__ = (self, attr) => {
      if (self.$pyHandle === undefined) throw pyError('AttributeError', `'${name}' object has no attribute '${attr}'`);
      return unwrapResult(b.py.attr(self.$pyHandle, attr));
    };
  }
  // Calling the class, and reading or writing its attributes, happen in Python.
  t.$call = (args, kw) => {
    const names = kw === null ? [] : Object.keys(kw);
    const values = kw === null ? [] : Object.values(kw);
    return unwrapResult(b.py.call(proxy, args, names, values));
  };
  t.$foreignGetattr = (attr) => unwrapResult(b.py.attr(proxy, attr));
  t.$foreignSetattr = (attr, v) => unwrapResult(b.py.setAttr(proxy, attr, v));
  t.$make = () => {
    throw pyError('TypeError', `a transpiled class cannot derive from ${module}.${qualname}, which lives in a routed module`);
  };
  return t;
}

function delegate(b, name) {
  if (name === '__call__') {
    return defineFunction(function __call__(self, args, kwargs) {
      const names = [];
      const values = [];
      for (const [k, v] of kwargs.entries()) {
        names.push(k);
        values.push(v);
      }
      return unwrapResult(b.py.call(self.$pyHandle, args.items, names, values));
    }, '__call__', ['self', '*args', '**kwargs'], 0, [], null, 'builtins');
  }
  return function (self, ...args) {
    if (self.$pyHandle === undefined) throw pyError('TypeError', `descriptor '${name}' requires a Python object`);
    return unwrapResult(b.py.special(name, self.$pyHandle, args));
  };
}

/** The wrapper of a Python object: the same wrapper while it lives, so `is` holds across calls. */
function objectFor(b, h, cls) {
  const ref = b.objects.get(h);
  const known = ref === undefined ? undefined : ref.deref();
  if (known !== undefined) {
    return known;
  }
  const o = new PyObject(cls);
  b.objects.set(h, new WeakRef(o));
  return hold(b, o, h);
}

/** Records that `o` holds the Python object of handle `h`. */
function hold(b, o, h) {
  o.$pyHandle = h;
  b.holders.set(h, (b.holders.get(h) ?? 0) + 1);
  b.finalizer.register(o, h);
  return o;
}

/** Prepares an instance for a routed entry that imports transpiled modules (run-built's `bridge`). */
export function installBridge(pyodide) {
  bridgeOf(pyodide);
}
