// `globals()`, and a module's `__dict__` / `vars(module)`: the module's namespace, read and
// written through the live JS `let`s of its globals. The compiler lets a program only read, test
// or set one key of it (and delete one through a module's `__dict__`: CheckUnsupportedFeatures,
// CheckModuleDictUse), so the object needs no iteration order; where the compiler cannot see
// that an object is a module (`vars(x)` of a parameter), any other use raises TypeError.
// Keys the module does not bind (set through `globals()[k] = v`, and the dunder entries
// CPython's module dict starts with) live in a dict of their own; a module that sets keys
// reads its unbound names from there before the builtins.

import { PyObject, PyType, AttrDict, objectType } from '../types/type.js';
import { PyDict } from '../types/dict.js';
import { makeTuple } from '../types/tuple.js';
import { pyError } from './errors.js';
import { UNBOUND, nameError } from './names.js';

/** A dunder entry whose CPython value (a loader, a spec, a path, the builtins) has no equivalent here. */
const OPAQUE = Symbol('opaque');

function opaque(key) {
  return pyError('TypeError', `globals()[${JSON.stringify(key).replace(/"/g, "'")}] is not supported`);
}

function keyError(key) {
  const e = pyError('KeyError');
  e.$args = makeTuple([key]);
  return e;
}

const methods = new AttrDict();
methods.__getitem__ = (self, key) => self.getItem(key);
methods.__setitem__ = (self, key, value) => self.setItem(key, value);
methods.__contains__ = (self, key) => self.has(key);
methods.get = (self, key, dflt) => (self.has(key) ? self.getItem(key) : dflt);
methods.__delitem__ = (self, key) => self.delItem(key);
for (const name of ['__iter__', '__len__', '__repr__', '__str__', '__reversed__', 'keys', 'values', 'items', 'copy', 'update',
  'pop', 'popitem', 'setdefault', 'clear', '__eq__', '__ne__', '__or__', '__ror__', '__ior__']) {
  methods[name] = () => {
    throw pyError('TypeError', `a module's namespace supports only reading, testing, setting or deleting one key (${name} is not supported)`);
  };
}
methods.__hash__ = undefined;
const moduleGlobalsType = new PyType('dict', [objectType], methods, 'builtins');

const own = Object.prototype.hasOwnProperty;

class ModuleGlobals extends PyObject {
  /**
   * `names`: the str-keyed entries, the module object's attribute table (attribute.js
   * makeModule): a getter and setter per global the module binds, plain properties for the
   * others. `extra`: a dict of the entries that cannot be module attributes (keys other than
   * str, dunder entries with no equivalent here).
   */
  constructor(names, extra) {
    super(moduleGlobalsType);
    this.names = names;
    this.extra = extra;
  }

  has(key) {
    if (typeof key === 'string' && own.call(this.names, key)) return this.names[key] !== UNBOUND;
    return this.extra.has(key);
  }

  getItem(key) {
    if (typeof key === 'string' && own.call(this.names, key)) {
      const v = this.names[key];
      if (v === UNBOUND) throw keyError(key);
      return v;
    }
    const v = this.extra.get(key, UNBOUND);
    if (v === UNBOUND) throw keyError(key);
    if (v === OPAQUE) throw opaque(key);
    return v;
  }

  setItem(key, value) {
    if (typeof key === 'string') {
      this.extra.get(key, UNBOUND) === UNBOUND || this.extra.delItem(key);
      this.names[key] = value;
    } else {
      this.extra.put(key, value);
    }
  }

  /** The keys CPython's namespace has now, unordered (dir() sorts them). */
  keyList() {
    const out = [];
    for (const k in this.names) if (this.names[k] !== UNBOUND) out.push(k);
    for (const it = this.extra.keys(); ;) {
      const r = it.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  }

  /** `del d[key]`: a global is unbound through its accessor, as `del module.key` does. */
  delItem(key) {
    if (typeof key === 'string' && own.call(this.names, key)) {
      if (this.names[key] === UNBOUND) throw keyError(key);
      const p = Object.getOwnPropertyDescriptor(this.names, key);
      if (p.set !== undefined) this.names[key] = UNBOUND;
      else delete this.names[key];
      return;
    }
    if (this.extra.get(key, UNBOUND) === OPAQUE) throw opaque(key);
    this.extra.delItem(key);
  }

  /** A read of global `name` the module does not bind: a key set through globals(), else the builtin. */
  load(name, builtin) {
    if (own.call(this.names, name)) {
      const v = this.names[name];
      if (v !== UNBOUND) return v;
    } else if (this.extra.get(name, UNBOUND) === OPAQUE) {
      throw opaque(name);
    }
    if (builtin !== UNBOUND) return builtin;
    return nameError(name);
  }
}

/**
 * The namespace of module `name` (`isMain` for the program's entry): `accessors` has a getter
 * and setter per global the module binds and becomes its module object's attribute table;
 * `doc` is its docstring (None without one), `annotations` whether CPython gives it
 * `__annotations__`, `isPackage` whether it is a package's `__init__` (with `__path__`).
 */
export function moduleGlobals(name, isMain, doc, annotations, accessors, isPackage = false) {
  Object.setPrototypeOf(accessors, null);
  const extra = new PyDict();
  const dot = name.lastIndexOf('.');
  const entries = [
    ['__name__', name],
    ['__doc__', doc],
    // A package is its own __package__.
    ['__package__', isMain ? undefined : isPackage ? name : (dot < 0 ? '' : name.slice(0, dot))],
    ['__loader__', OPAQUE],
    ['__spec__', isMain ? undefined : OPAQUE],
    ['__builtins__', OPAQUE],
    ['__file__', OPAQUE],
    ['__cached__', isMain ? undefined : OPAQUE],
  ];
  if (isPackage) entries.push(['__path__', OPAQUE]);
  if (annotations) entries.push(['__annotations__', OPAQUE]);
  for (const [k, v] of entries) {
    if (own.call(accessors, k)) continue;
    if (v === OPAQUE) extra.put(k, v);
    else accessors[k] = v;
  }
  return new ModuleGlobals(accessors, extra);
}

/**
 * `module.__dict__`: the namespace the module's code made (when it calls globals()), else one
 * made now over its attribute table. A module provided by the runtime in JavaScript has no
 * source file: its docstring is one of the entries shown as not supported.
 */
export function moduleDict(m) {
  if (m.$globals == null) {
    const generated = m.$file !== undefined;
    const doc = generated ? m.$d.__doc__ : OPAQUE;
    const isPackage = generated && /(^|\/)__init__\.py$/.test(m.$file);
    m.$globals = moduleGlobals(m.__name__, m.__name__ === '__main__', doc, false, m.$d, isPackage);
  }
  return m.$globals;
}

/** `locals()` in a function: a new dict of its bound variables (`names[i]` holds `values[i]`). */
export function functionLocals(names, values) {
  const d = new PyDict();
  for (let i = 0; i < names.length; i++) {
    if (values[i] !== UNBOUND) d.put(names[i], values[i]);
  }
  return d;
}
