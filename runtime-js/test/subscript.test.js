import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { getitem, setitem, getslice, setslice, makeSlice } from '../src/internals/subscript.js';

const BOUNDS = [undefined, -12, -6, -5, -3, -1, 0, 1, 2, 4, 5, 6, 12];

test('getslice on a plain list equals indexing with a slice object, for every bound and step', () => {
  const xs = [10, 11, 12, 13, 14];
  for (const lo of BOUNDS) {
    for (const hi of BOUNDS) {
      for (const step of [undefined, 1, -1, 2, -2]) {
        assert.deepEqual(getslice(xs, lo, hi, step), getitem(xs, makeSlice(lo, hi, step)), `[${lo}:${hi}:${step}]`);
      }
    }
  }
});

test('setslice on a plain list equals assigning to a slice object', () => {
  for (const lo of BOUNDS) {
    for (const hi of BOUNDS) {
      for (const items of [[], [7], [7, 8, 9], [1, 2, 3, 4, 5, 6, 7]]) {
        const a = [10, 11, 12, 13, 14];
        const b = [10, 11, 12, 13, 14];
        setslice(a, lo, hi, undefined, items);
        setitem(b, makeSlice(lo, hi, undefined), items);
        assert.deepEqual(a, b, `[${lo}:${hi}] = ${items}`);
      }
    }
  }
});

test('a list assigned to a slice of itself is read before it changes', () => {
  const a = [1, 2, 3];
  setslice(a, 1, undefined, undefined, a);
  assert.deepEqual(a, [1, 1, 2, 3]);
});

test('long replacements do not spread their items as arguments', () => {
  const a = [0, 1];
  const items = Array.from({ length: 200000 }, (_, i) => i);
  setslice(a, 1, 1, undefined, items);
  assert.equal(a.length, 200002);
  assert.equal(a[200001], 1);
  assert.equal(a[1], 0);
});

test('slices of strings and tuples, and bool bounds, go through the slice object', () => {
  assert.equal(getslice('hello', 1, -1, undefined), 'ell');
  assert.deepEqual(getslice([1, 2, 3], true, undefined, undefined), [2, 3]);
});
