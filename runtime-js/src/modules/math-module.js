// `import math`: the module object over the math functions (modules/math.js), adapting the
// few that take iterables or keyword arguments to Python's calling convention.

import * as functions from './math.js';
import { AttrDict } from '../types/type.js';
import { PyModule } from '../internals/attribute.js';
import { toArray } from '../internals/iteration.js';
import { mul } from '../internals/arith.js';
import { pyError } from '../internals/errors.js';
import { typeOf, lookup } from '../types/type.js';
import { call } from '../internals/call.js';
import { isFloat } from '../types/float.js';
import { hasArity } from '../internals/builtin-arity.js';
import { MATH } from '../internals/builtin-arity-table.js';

const attrs = new AttrDict();
for (const [k, v] of Object.entries(functions)) attrs[k] = v;

function fsum(iterable) {
  return functions.fsum(toArray(iterable));
}
function prod(iterable, start) {
  return functions.prod(toArray(iterable), mul, arguments.length < 2 ? 1 : start);
}
prod.$kw = (args, kw) => prod(args[0], 'start' in kw ? kw.start : 1);
function dist(p, q) {
  return functions.dist(toArray(p), toArray(q));
}
function isclose(a, b) {
  return functions.isclose(a, b);
}
// Unknown keywords and missing arguments were refused by the call (internals/builtin-arity.js).
isclose.$kw = (args, kw) => {
  if (args.length < 2 && !('b' in kw)) throw pyError('TypeError', `isclose() missing required argument '${args.length === 0 && !('a' in kw) ? 'a' : 'b'}' (pos ${args.length === 0 && !('a' in kw) ? 1 : 2})`);
  for (const k of ['a', 'b'].slice(0, args.length)) {
    if (k in kw) throw pyError('TypeError', `argument for isclose() given by name ('${k}') and position (${k === 'a' ? 1 : 2})`);
  }
  const a = args.length > 0 ? args[0] : kw.a;
  const b = args.length > 1 ? args[1] : kw.b;
  return functions.isclose(a, b, 'rel_tol' in kw ? kw.rel_tol : 1e-9, 'abs_tol' in kw ? kw.abs_tol : 0.0);
};
/** math.floor / math.ceil: an object's own __floor__ / __ceil__, else its float value (__float__). */
function rounding(name, f) {
  const dunder = `__${name}__`;
  const g = function (x) {
    if (isNumeric(x)) return f(x);
    const t = typeOf(x);
    const m = lookup(t, dunder);
    if (m !== undefined) return call(m, x);
    const toFloat = lookup(t, '__float__');
    if (toFloat !== undefined) {
      const v = call(toFloat, x);
      if (!isFloat(v)) throw pyError('TypeError', `${t.__name__}.__float__ returned non-float (type ${typeOf(v).__name__})`);
      return f(v);
    }
    return f(x);
  };
  Object.defineProperty(g, 'name', { value: name });
  return g;
}

function isNumeric(x) {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || isFloat(x);
}

/** math.trunc: only through __trunc__, as CPython. */
function trunc(x) {
  if (isNumeric(x)) return functions.trunc(x);
  const m = lookup(typeOf(x), '__trunc__');
  if (m === undefined) throw pyError('TypeError', `type ${typeOf(x).__name__} doesn't define __trunc__ method`);
  return call(m, x);
}

Object.assign(attrs, {
  fsum, prod, dist, isclose, trunc, floor: rounding('floor', functions.floor), ceil: rounding('ceil', functions.ceil),
});

// Functions built by a factory (math.js's math1) have no JS name of their own; __name__ and the
// repr read it, so each is named for its attribute. __module__ is 'math', as CPython's.
for (const k of Object.keys(attrs)) {
  const f = attrs[k];
  if (typeof f !== 'function') continue;
  if (f.name === '') Object.defineProperty(f, 'name', { value: k });
  if (f.__module__ === undefined) f.__module__ = 'math';
}

// Called through the module, the functions check their arguments as CPython does (internals/call.js).
for (const k of Object.keys(attrs)) if (typeof attrs[k] === 'function' && MATH[k] !== undefined) hasArity(attrs[k], MATH[k]);

/** The module object for `import math`. */
export const math = new PyModule('math', attrs);
