// `import math`: the module object over the math functions (modules/math.js), adapting the
// few that take iterables or keyword arguments to Python's calling convention.

import * as functions from './math.js';
import { AttrDict } from '../types/type.js';
import { PyModule } from '../internals/attribute.js';
import { toArray } from '../internals/iteration.js';
import { mul } from '../internals/arith.js';
import { pyError } from '../internals/errors.js';

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
isclose.$kw = (args, kw) => {
  for (const k in kw) {
    if (k !== 'rel_tol' && k !== 'abs_tol') throw pyError('TypeError', `isclose() got an unexpected keyword argument '${k}'`);
  }
  return functions.isclose(args[0], args[1], 'rel_tol' in kw ? kw.rel_tol : 1e-9, 'abs_tol' in kw ? kw.abs_tol : 0.0);
};
Object.assign(attrs, { fsum, prod, dist, isclose });

/** The module object for `import math`. */
export const math = new PyModule('math', attrs);
