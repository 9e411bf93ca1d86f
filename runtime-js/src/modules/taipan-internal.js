// `_taipan`: helpers for the standard-library modules Taipan compiles from Python
// (compiler resources dev/taipan/stdlib), for what plain Python cannot build in the runtime's
// object model, such as tuples of a class of their own. Not importable by user programs: the
// router does not provide it, so a program naming it runs in Pyodide, which has no such module.

import { PyType, AttrDict, tupleType, strType } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { PyModule, PyProperty } from '../internals/attribute.js';
import { call, defineFunction } from '../internals/call.js';
import { repr } from '../internals/protocols.js';
import { pyError } from '../internals/errors.js';
import { PyGenerator } from '../internals/iteration.js';
import { PyCoroutine } from '../internals/coroutine.js';
import { frameModuleName } from '../internals/traceback.js';
import { toInt } from '../types/int.js';
import { moduleNamespace } from '../internals/module-namespaces.js';

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
const isoCalendarDateType = fieldTupleType('datetime', 'IsoCalendarDate', ['year', 'week', 'weekday']);
isoCalendarDateType.$dict.__repr__ = (self) => {
  const [y, w, d] = self.items;
  return `datetime.IsoCalendarDate(year=${repr(y)}, week=${repr(w)}, weekday=${repr(d)})`;
};

const attrs = new AttrDict();
Object.assign(attrs, {
  /**
   * `str(obj, encoding[, errors])` for StrEnum members given as such tuples, whose codec the
   * compiler checks where the tuple is written (CheckUnsupportedFeatures).
   */
  str_decode: (...args) => strType.$new(args, null),
  /** functools' `CacheInfo(hits=..., misses=..., maxsize=..., currsize=...)`. */
  cache_info: (hits, misses, maxsize, currsize) => makeOf(cacheInfoType, [hits, misses, maxsize, currsize]),
  /**
   * The `__name__` of the module of the function that called the standard-library function
   * calling this (`sys._getframe(depth).f_globals['__name__']` there), or `missing` (`__main__`)
   * when the stack has no such frame.
   */
  caller_module_name: (depth = 1, missing = '__main__') => {
    const name = frameModuleName(depth);
    return name === undefined ? missing : name;
  },
  /**
   * A function with a Python signature (`params` as a def spells them, `*` before keyword-only
   * ones) whose bound arguments, defaults filled in, are passed positionally to `impl`: calls
   * bind and fail with CPython's messages for `qualname`. What CPython builds with `exec` or
   * `eval` (dataclasses' generated methods, collections.namedtuple's `__new__`).
   */
  signed_function: (impl, qualname, params, defaults, kwdefaults, module) => {
    let kw = null;
    if (kwdefaults.items.length) {
      kw = Object.create(null);
      for (const pair of kwdefaults.items) kw[pair.items[0]] = pair.items[1];
    }
    const fn = function (...args) {
      return call(impl, ...args);
    };
    return defineFunction(fn, qualname, params.items.slice(), 0, defaults.items.slice(), kw, module);
  },
  /**
   * The decimal digits of a non-negative int, and the int that a string of decimal digits
   * spells, without sys.set_int_max_str_digits()'s limit: decimal's coefficients are ints that
   * CPython's C module converts whatever their length.
   */
  /**
   * Makes `fn(base, exp, mod)` the three-operand power of `cls`, tried by pow() for each operand
   * of that class as CPython tries a C type's nb_power slot (Python classes have no such slot).
   */
  ternary_pow: (cls, fn) => {
    cls.$ternaryPow = (v, w, z) => call(fn, v, w, z);
  },
  int_digits: (n) => (typeof n === 'boolean' ? (n ? '1' : '0') : n.toString()),
  int_from_digits: (s) => toInt(BigInt(s)),
  /** datetime's `IsoCalendarDate(year=..., week=..., weekday=...)` tuples. */
  iso_calendar_date: (year, week, weekday) => makeOf(isoCalendarDateType, [year, week, weekday]),
  /** The host clock: nanoseconds since the epoch, as time.time_ns() (millisecond resolution). */
  time_ns: () => BigInt(Date.now()) * 1000000n,
  /** Seconds east of UTC of the host's local time zone at the POSIX time `seconds`. */
  local_offset: (seconds) => {
    const ms = Number(seconds) * 1000;
    if (!(Math.abs(ms) <= 8.64e15)) throw pyError('OverflowError', 'timestamp out of range for platform time_t');
    return 0 - new Date(ms).getTimezoneOffset() * 60;
  },
  /**
   * inspect's state of a generator or coroutine: 0 created, 1 running, 2 suspended, 3 closed
   * (what CPython reads from gi_running, gi_suspended and gi_frame); None for other objects.
   */
  /**
   * Sets the name `unhashable type: '...'` gives for instances of `cls`, a C type's full name in
   * CPython (`collections.deque`), so that the class can set `__hash__ = None` as the C type does.
   */
  set_unhashable_name: (cls, name) => {
    cls.$unhashableName = name;
  },
  /**
   * A module object whose attributes are the globals of the module named `name` (what
   * `sys.modules[name]` gives), or None when that module keeps no string annotations.
   */
  module_globals: (name) => moduleNamespace(name),
  frame_state: (obj) => (obj instanceof PyGenerator || obj instanceof PyCoroutine ? obj.state : undefined),
});

/** The module object for `import _taipan` in the standard library's Python sources. */
export const _taipan = new PyModule('_taipan', attrs);
