// A function's `__dict__`: https://docs.python.org/3/reference/datamodel.html#index-34
// A function keeps its attributes in `$d`, a plain namespace object that attribute access reads
// and writes (internals/attribute.js). The first time a program takes `f.__dict__` (or assigns
// it) the attributes move into a real dict, and `$d` becomes a view of that dict, so writes
// through either side are seen by the other, as CPython's function dict is one object.

import { AttrDict, typeOf } from '../types/type.js';
import { PyDict } from '../types/dict.js';
import { pyError } from './errors.js';

/** `f.__dict__`: the function's live dict, made on first use from its attributes. */
export function functionDict(fn) {
  if (fn.$vars !== undefined) return fn.$vars;
  const d = new PyDict();
  const ns = fn.$d;
  for (const k in ns) d.put(k, ns[k]);
  useDict(fn, d);
  return d;
}

/** `f.__dict__ = d` (CPython's PyObject_GenericSetDict): a dict only. */
export function replaceFunctionDict(fn, value) {
  if (!(value instanceof PyDict)) throw pyError('TypeError', `__dict__ must be set to a dictionary, not a '${typeOf(value).__name__}'`);
  useDict(fn, value);
}

function useDict(fn, d) {
  fn.$vars = d;
  fn.$d = new Proxy(new AttrDict(), {
    get: (t, k) => (typeof k === 'string' ? d.get(k, undefined) : undefined),
    has: (t, k) => typeof k === 'string' && d.has(k),
    set: (t, k, v) => {
      d.put(k, v);
      return true;
    },
    deleteProperty: (t, k) => {
      if (typeof k === 'string' && d.has(k)) d.delItem(k);
      return true;
    },
    ownKeys: () => [...d.keys()].filter((k) => typeof k === 'string'),
    getOwnPropertyDescriptor: (t, k) => (typeof k === 'string' && d.has(k)
      ? { value: d.get(k, undefined), writable: true, enumerable: true, configurable: true } : undefined),
  });
}
