import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as math from '../src/modules/math.js';
import { mul } from '../src/internals/arith.js';
import { PyFloat } from '../src/types/float.js';
import { runGolden } from './golden/golden.js';

// Every function gives CPython's (glibc's) bits on this table: no 1-ulp allowance.
runGolden('math', { ...math, prod: (xs) => math.prod(xs, mul) });

test('integer functions are exact', () => {
  assert.equal(math.factorial(25), 15511210043330985984000000n);
  assert.equal(math.isqrt(10n ** 40n), 10n ** 20n);
  // the float estimate of this root is below it by about 10**5
  const n = 610n * 10n ** 40n;
  const r = math.isqrt(n);
  assert.ok(r * r <= n && (r + 1n) * (r + 1n) > n);
  assert.equal(math.floor(new PyFloat(1e300)), BigInt(1e300));
  assert.throws(() => math.sqrt(-1), (e) => e.message === 'math domain error');
});

test('fsum: a NaN summand gives NaN, only inf + -inf is an error', () => {
  assert.ok(Number.isNaN(math.fsum([1.5, NaN, 3.5])));
  assert.ok(Number.isNaN(math.fsum([Infinity, NaN])));
  assert.equal(math.fsum([Infinity, 1.5]), Infinity);
  assert.throws(() => math.fsum([Infinity, -Infinity]), (e) => e.message === '-inf + inf in fsum');
});
