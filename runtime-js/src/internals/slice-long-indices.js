// CPython's _PySlice_GetLongIndices: a slice's (start, stop, step) against a length, computed in
// arbitrary precision. Range slicing (rangeobject.c compute_slice) and slice.indices() use it:
// unlike PySlice_AdjustIndices (internals/subscript.js sliceIndices) it neither clamps the
// values to Py_ssize_t nor counts the items, so `range(2**70)[::2**68]` keeps its exact bounds
// and a sliced range shows the stop CPython computes (`range(5)[::2]` is `range(0, 5, 2)`).

import { pyError } from './errors.js';
import { sliceIndex } from './subscript.js';

function isNone(x) {
  return x === undefined || x === null;
}

function big(x) {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/** [start, stop, step] as bigints for a slice `s` over `length` (a bigint >= 0). */
export function longSliceIndices(s, length) {
  // CPython evaluates step, then start, then stop (each through __index__).
  const step = isNone(s.step) ? 1n : big(sliceIndex(s.step));
  if (step === 0n) throw pyError('ValueError', 'slice step cannot be zero');
  const negative = step < 0n;
  const lower = negative ? -1n : 0n;
  const upper = negative ? length - 1n : length;
  const bound = (x, dflt) => {
    if (isNone(x)) return dflt;
    let v = big(sliceIndex(x));
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = bound(s.start, negative ? upper : lower);
  const stop = bound(s.stop, negative ? lower : upper);
  return [start, stop, step];
}
