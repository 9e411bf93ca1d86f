import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineMethods, ownMethodNames } from '../src/internals/method-table.js';

test('defineMethods adds the table to the type dict', () => {
  const t = { $dict: { __len__: 1 } };
  const upper = () => 'U';
  defineMethods(t, { upper, count: 2 });
  assert.deepEqual(Object.keys(t.$dict), ['__len__', 'upper', 'count']);
  assert.equal(t.$dict.upper, upper);
  assert.deepEqual(ownMethodNames(t), ['__len__', 'upper', 'count']);
});

test('the names an optimised build pruned are still listed, but are not attributes', () => {
  const t = { $dict: {} };
  defineMethods(t, { upper: 1 }, 'lower zfill');
  defineMethods(t, { __len__: 2 }, 'title');
  assert.deepEqual(Object.keys(t.$dict), ['upper', '__len__']);
  assert.deepEqual(ownMethodNames(t), ['upper', '__len__', 'lower', 'zfill', 'title']);
});
