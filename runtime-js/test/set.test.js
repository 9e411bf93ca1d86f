import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { setOf } from '../src/types/set.js';
import { dictOf } from '../src/types/dict.js';
import { repr } from '../src/internals/protocols.js';
import { makeTuple } from '../src/types/tuple.js';
import { PyFloat } from '../src/types/float.js';

test('sets of small ints iterate in CPython\'s slot order', () => {
  assert.equal(repr(setOf(3, 1, 2)), '{1, 2, 3}');
  assert.equal(repr(setOf(1, 2, 3, 100, 5)), '{1, 2, 3, 100, 5}');
  assert.equal(repr(setOf(0, -1, -2)), '{0, -1, -2}');
  assert.equal(repr(setOf(9, 4)), '{9, 4}');
});

test('1, 1.0 and True are one dict key; the first key object is kept', () => {
  const d = dictOf(1, 'a', new PyFloat(1), 'b', true, 'c');
  assert.equal(repr(d), "{1: 'c'}");
});

test('tuple keys are found by value', () => {
  const d = dictOf(makeTuple([1, 2]), 'x');
  assert.equal(d.getItem(makeTuple([1, 2])), 'x');
  assert.equal(d.find(makeTuple([2, 1])), -1);
});

test('deleting keeps insertion order', () => {
  const d = dictOf('a', 1, 'b', 2, 'c', 3);
  d.delItem('b');
  d.put('b', 4);
  assert.equal(repr(d), "{'a': 1, 'c': 3, 'b': 4}");
});
