// `mappingproxy`: https://docs.python.org/3/library/types.html#types.MappingProxyType
// The read-only, live view CPython gives of a class's namespace (`C.__dict__`, `vars(C)`) and
// that `types.MappingProxyType(m)` makes of any mapping. Every operation reads the mapping at
// the time it runs (descrobject.c's mappingproxy delegates each one), so later `C.x = 1`,
// `del C.x` and `setattr` are seen. A class's namespace is the JS object `$dict` of its PyType
// plus the `__dict__`/`__weakref__` descriptors CPython's type_new adds, which Taipan keeps out
// of `$dict` so that attribute lookup keeps its fast paths (types/getset-descriptor.js).

import { PyType, AttrDict, objectType, typeOf, lookup, isSubtype } from './type.js';
import { PyDict } from './dict.js';
import { makeTuple } from './tuple.js';
import { pyError } from '../internals/errors.js';
import { repr, str, richCompare, len } from '../internals/protocols.js';
import { iterate, PyIterator } from '../internals/iteration.js';
import { call } from '../internals/call.js';
import { getitem, contains } from '../internals/subscript.js';
import { or_ } from '../internals/arith.js';
import { classGetsets } from './getset-descriptor.js';
import { builtinOwnAttr } from '../internals/attribute.js';
import { isMethodDescriptor, methodDescriptor } from '../internals/method-descriptors.js';

/** A mappingproxy over `mapping` (a dict or other mapping), or over the namespace of class `cls`. */
export class MappingProxy {
  constructor(mapping, cls) {
    this.$mapping = mapping;
    this.$owner = cls;
  }
}

/** The entries of class `cls`'s namespace in CPython's order, as a new dict. */
export function classNamespace(cls) {
  const d = new PyDict();
  const ns = cls.$dict;
  const getsets = classGetsets(cls);
  const after = cls.$getsetAfter;
  if (getsets.length && after === null) for (const g of getsets) d.put(g.name, g);
  for (const k in ns) {
    d.put(k, entry(cls, k, ns[k]));
    if (k === after) for (const g of getsets) d.put(g.name, g);
  }
  return d;
}

/** The mapping a proxy shows now: a class's namespace is read afresh on every use. */
function mappingOf(p) {
  return p.$owner !== null ? classNamespace(p.$owner) : p.$mapping;
}

/** `C.__dict__` / `vars(C)`. */
export function classDict(cls) {
  return new MappingProxy(null, cls);
}

function keyError(key) {
  const e = pyError('KeyError');
  e.$args = makeTuple([key]);
  return e;
}

/**
 * An entry of a built-in class's namespace as CPython holds it: a method is its checking
 * descriptor (internals/method-descriptors.js), the one `cls.name` gives.
 */
function entry(cls, k, v) {
  return cls.$heap !== true && isMethodDescriptor(cls, k, v) ? methodDescriptor(cls, k, v) : v;
}

/** One key of a class's namespace without building the whole dict. */
function classItem(cls, key, missing) {
  if (typeof key === 'string') {
    if (key in cls.$dict) return entry(cls, key, cls.$dict[key]);
    for (const g of classGetsets(cls)) if (g.name === key) return g;
    if (cls.$heap !== true) {
      // An own attribute of a built-in type that its method table leaves out (`vars(list)['__ne__']`).
      const own = builtinOwnAttr(cls, key);
      if (own !== undefined) return entry(cls, key, own);
    }
    return missing;
  }
  // The namespace is a dict: any other key is hashed (an unhashable one raises), and str
  // subclass instances equal to a name find it.
  return classNamespace(cls).get(key, missing);
}
const MISSING = Symbol('missing');

/** `types.MappingProxyType(mapping)`: CPython's mappingproxy_check_mapping. */
function proxyNew(args, kw) {
  if (kw !== null) for (const k in kw) throw pyError('TypeError', `mappingproxy() got an unexpected keyword argument '${k}'`);
  if (args.length !== 1) throw pyError('TypeError', `mappingproxy() takes exactly 1 argument (${args.length} given)`);
  const m = args[0];
  if (m instanceof MappingProxy) return new MappingProxy(m.$mapping, m.$owner);
  // PyMapping_Check (a type with __getitem__: str and range pass), lists and tuples excepted.
  const t = typeOf(m);
  if (m === undefined || m === null || isSubtype(t, typeOf([])) || isSubtype(t, typeOf(makeTuple([])))
      || lookup(t, '__getitem__') === undefined) {
    throw pyError('TypeError', `mappingproxy() argument must be a mapping, not ${typeOf(m).__name__}`);
  }
  return new MappingProxy(m, null);
}

// descrobject.c's mappingproxy_richcompare: the mapping compared with the other operand as is.
const compareWith = (op) => (self, other) => richCompare(mappingOf(self), other, op);

export const mappingproxyType = new PyType('mappingproxy', [objectType], new AttrDict());
mappingproxyType.$new = proxyNew;
MappingProxy.prototype.$cls = mappingproxyType;
Object.assign(mappingproxyType.$dict, {
  __getitem__(self, key) {
    if (self.$owner === null) return getitem(self.$mapping, key);
    const v = classItem(self.$owner, key, MISSING);
    if (v === MISSING) throw keyError(key);
    return v;
  },
  __contains__(self, key) {
    if (self.$owner === null) return contains(self.$mapping, key);
    return classItem(self.$owner, key, MISSING) !== MISSING;
  },
  __len__: (self) => len(mappingOf(self)),
  __iter__: (self) => new PyIterator(iterate(mappingOf(self))[Symbol.iterator]()),
  __reversed__: (self) => call(lookup(typeOf(mappingOf(self)), '__reversed__'), mappingOf(self)),
  __repr__: (self) => `mappingproxy(${repr(mappingOf(self))})`,
  __str__: (self) => str(mappingOf(self)),
  __hash__: undefined,
  __eq__: compareWith('__eq__'),
  __ne__: compareWith('__ne__'),
  __lt__: compareWith('__lt__'),
  __le__: compareWith('__le__'),
  __gt__: compareWith('__gt__'),
  __ge__: compareWith('__ge__'),
  __or__: (self, other) => or_(mappingOf(self), other instanceof MappingProxy ? mappingOf(other) : other),
  __ror__: (self, other) => or_(other, mappingOf(self)),
  __ior__(self, other) {
    throw pyError('TypeError', "'|=' is not supported by mappingproxy; use '|' instead");
  },
  get(self, key, dflt) {
    if (self.$owner === null) return callMethodOf(self.$mapping, 'get', key, dflt);
    const v = classItem(self.$owner, key, MISSING);
    return v === MISSING ? dflt : v;
  },
  keys: (self) => callMethodOf(mappingOf(self), 'keys'),
  values: (self) => callMethodOf(mappingOf(self), 'values'),
  items: (self) => callMethodOf(mappingOf(self), 'items'),
  copy: (self) => callMethodOf(mappingOf(self), 'copy'),
});

function callMethodOf(obj, name, ...args) {
  return call(lookup(typeOf(obj), name), obj, ...args);
}
