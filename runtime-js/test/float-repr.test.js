import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floatRepr, floatFromString, fixedDigits, sigDigits } from '../src/internals/float-repr.js';
import { runGolden } from './golden/golden.js';

runGolden('float-repr', { floatRepr, floatFromString });

test('repr switches to exponent notation below 1e-4 and from 1e16', () => {
  assert.equal(floatRepr(0.0001), '0.0001');
  assert.equal(floatRepr(0.00001), '1e-05');
  assert.equal(floatRepr(1e15), '1000000000000000.0');
  assert.equal(floatRepr(1e16), '1e+16');
  assert.equal(floatRepr(-0), '-0.0');
});

test('digits are rounded half-even on the exact binary value', () => {
  assert.equal(fixedDigits(0.125, 2), '12');
  assert.equal(fixedDigits(0.375, 2), '38');
  assert.equal(fixedDigits(2.675, 2), '267');
  assert.equal(fixedDigits(2.5, 0), '2');
  assert.deepEqual(sigDigits(5e-324, 3), { digits: '494', exp: -324 });
  assert.equal(fixedDigits(1e22, -22), '1');
});
