// `d[(a, b)]`, `d[(a, b)] = v`, `(a, b) in d` and `d.get((a, b), dflt)` with a two-item tuple
// display as the key. On an exact dict whose table packs the pair (internals/hash-table.js:
// pairs of small ints, floats and bools) the lookup needs no tuple, so none is built unless
// a new key is stored; everything else (a dict subclass, which may override the method or
// define __missing__, another mapping, items that do not pack) builds the tuple and takes
// the generic path, so the result and every error are the generic ones.

import { PyDict } from '../types/dict.js';
import { dictType } from '../types/type.js';
import { makeTuple } from '../types/tuple.js';
import { getitem, setitem, contains } from './subscript.js';
import { callMethod1, callMethod2 } from './attribute.js';
import { CANNOT_TELL } from './hash-table.js';

/** `d[(a, b)]`. */
export function getPair(d, a, b) {
  if (d instanceof PyDict && d.$cls === dictType) {
    const i = d.findPair(a, b);
    if (i >= 0) return d.v[i];
  }
  return getitem(d, makeTuple([a, b]));
}

/** `d[(a, b)] = v`. */
export function setPair(d, a, b, v) {
  if (d instanceof PyDict && d.$cls === dictType && d.putPair(a, b, v)) return;
  setitem(d, makeTuple([a, b]), v);
}

/** `(a, b) in d`: the operands in Python's order, the tuple first. */
export function pairIn(a, b, d) {
  if (d instanceof PyDict && d.$cls === dictType) {
    const i = d.findPair(a, b);
    if (i !== CANNOT_TELL) return i >= 0;
  }
  return contains(d, makeTuple([a, b]));
}

/** `d.get((a, b))`. */
export function getPairOrNone(d, a, b) {
  if (d instanceof PyDict && d.$cls === dictType) {
    const i = d.findPair(a, b);
    if (i >= 0) return d.v[i];
    if (i !== CANNOT_TELL) return undefined;
  }
  return callMethod1(d, 'get', makeTuple([a, b]));
}

/** `d.get((a, b), dflt)`. */
export function getPairOr(d, a, b, dflt) {
  if (d instanceof PyDict && d.$cls === dictType) {
    const i = d.findPair(a, b);
    if (i >= 0) return d.v[i];
    if (i !== CANNOT_TELL) return dflt;
  }
  return callMethod2(d, 'get', makeTuple([a, b]), dflt);
}
