// `_taipan`: helpers for the standard-library modules Taipan compiles from Python
// (compiler resources dev/taipan/stdlib), for what plain Python cannot build in the runtime's
// object model, such as tuples of a class of their own. Not importable by user programs: the
// router does not provide it, so a program naming it runs in Pyodide, which has no such module.

import { PyType, AttrDict, tupleType } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { PyModule, PyProperty } from '../internals/attribute.js';
import { repr } from '../internals/protocols.js';
import { frameModuleName } from '../internals/traceback.js';
import { call, defineFunction } from '../internals/call.js';
import { makeTuple } from '../types/tuple.js';

/** A tuple class `name` (of module `module`) whose items are also fields, shown as `name(f=v, ...)`. */
function fieldTupleType(module, name, fields) {
  const dict = new AttrDict();
  fields.forEach((f, i) => {
    dict[f] = new PyProperty((self) => self.items[i]);
  });
  dict.__repr__ = (self) => `${name}(` + fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(', ') + ')';
  return new PyType(name, [tupleType], dict, module);
}

function makeOf(cls, items) {
  const t = new Tuple(items);
  t.$cls = cls;
  return t;
}

const cacheInfoType = fieldTupleType('functools', 'CacheInfo', ['hits', 'misses', 'maxsize', 'currsize']);

const attrs = new AttrDict();
Object.assign(attrs, {
  /** functools' `CacheInfo(hits=..., misses=..., maxsize=..., currsize=...)`. */
  cache_info: (hits, misses, maxsize, currsize) => makeOf(cacheInfoType, [hits, misses, maxsize, currsize]),
  /**
   * The `__name__` of the module of the function that called the standard-library function
   * calling this (`sys._getframe(1).f_globals['__name__']` there), or `__main__`.
   */
  /**
   * A function `qualname(params...)` with CPython's argument binding and its messages, whose
   * body is `body(args)` with the bound arguments as a tuple: what CPython builds with `eval`
   * of a lambda (collections.namedtuple's `__new__`). `defaults` is a tuple or None.
   */
  signature_function: (qualname, params, defaults, module, body) => {
    const fn = (...args) => call(body, makeTuple(args));
    defineFunction(fn, qualname, params.items.slice(), 0, defaults === undefined ? [] : defaults.items.slice(),
      null, module);
    return fn;
  },
  caller_module_name: () => {
    const name = frameModuleName(1);
    return name === undefined ? '__main__' : name;
  },
});

/** The module object for `import _taipan` in the standard library's Python sources. */
export const _taipan = new PyModule('_taipan', attrs);
