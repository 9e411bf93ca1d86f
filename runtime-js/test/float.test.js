import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PyFloat, makeFloat, isFloat, floatValue } from '../src/types/float.js';

test('integral results and -0.0 are boxed, others stay plain numbers', () => {
  assert.ok(makeFloat(2) instanceof PyFloat);
  assert.ok(makeFloat(-0) instanceof PyFloat);
  assert.equal(makeFloat(0.5), 0.5);
  assert.ok(Number.isNaN(makeFloat(NaN)));
  assert.equal(makeFloat(Infinity), Infinity);
});

test('isFloat tells floats from ints', () => {
  assert.equal(isFloat(1), false);
  assert.equal(isFloat(1n << 70n), false);
  assert.equal(isFloat(new PyFloat(1)), true);
  assert.equal(isFloat(0.25), true);
  assert.equal(floatValue(new PyFloat(3)), 3);
});
