import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as arith from '../src/internals/arith.js';
import { PyFloat } from '../src/types/float.js';
import { runGolden } from './golden/golden.js';

// Not covered here: `str % x` (printf formatting is reached through the object model) and
// complex results of negative ** fractional (there is no complex type).
runGolden('arith', arith, {
  approx: new Set(['pow']),
  filter: (c) => !(c.op === 'mod' && typeof c.args[0] === 'string') && c.result.message !== "<class 'complex'>",
});

test('negative base to a fractional power is refused (no complex type)', () => {
  assert.throws(() => arith.pow(-8, 1 / 3), (e) => e.pyTypeName === 'ValueError');
});

test('int results leave and re-enter the safe range', () => {
  assert.equal(arith.add(2 ** 53 - 1, 1), 2n ** 53n);
  assert.equal(arith.sub(2n ** 53n, 1), 2 ** 53 - 1);
  assert.equal(arith.mul(0, -5), 0);
  assert.ok(Object.is(arith.mul(0, -5), 0));
});

test('float results that are integral are boxed', () => {
  assert.ok(arith.add(0.5, 0.5) instanceof PyFloat);
  assert.ok(arith.truediv(4, 2) instanceof PyFloat);
  assert.equal(arith.truediv(1, 4), 0.25);
});

test('fallbacks receive operands that are not numbers', () => {
  const seen = [];
  arith.setBinaryFallback((op, a, b) => { seen.push(op); return 'fb'; });
  try {
    assert.equal(arith.add([], 1), 'fb');
    assert.equal(arith.matmul(1, 1), 'fb');
    assert.deepEqual(seen, ['add', 'matmul']);
  } finally {
    arith.setBinaryFallback((op, a, b) => {
      throw new Error('unexpected');
    });
  }
});

test('typeName names primitives and defers to the hook', () => {
  assert.equal(arith.typeName(1), 'int');
  assert.equal(arith.typeName(1.5), 'float');
  assert.equal(arith.typeName(new PyFloat(1)), 'float');
  assert.equal(arith.typeName(undefined), 'NoneType');
  assert.equal(arith.typeName(true), 'bool');
  assert.equal(arith.typeName([]), 'list');
});
