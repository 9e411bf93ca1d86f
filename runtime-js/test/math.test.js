import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as math from '../src/modules/math.js';
import { mul } from '../src/internals/arith.js';
import { PyFloat } from '../src/types/float.js';
import { runGolden } from './golden/golden.js';

// Transcendental functions come from V8 (fdlibm), CPython's from the C library: they may
// differ in the last bit, so those compare within 1 ulp.
const approx = new Set(['exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
  'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'pow', 'hypot', 'dist', 'cbrt', 'erf', 'erfc',
  'gamma', 'lgamma']);

// erf and erfc use CPython's series/continued-fraction fallback, not the C library's
// correctly rounded versions: they are checked to 1e-13 relative below instead.
runGolden('math', { ...math, prod: (xs) => math.prod(xs, mul) }, { approx, skip: new Set(['erf', 'erfc']) });

test('erf and erfc are accurate to 1e-13 relative', () => {
  for (const [x, erf, erfc] of [[0.5, 0.5204998778130465, 0.4795001221869535], [1, 0.8427007929497149, 0.15729920705028513],
    [2, 0.9953222650189527, 0.004677734981047265], [-1.5, -0.9661051464753108, 1.9661051464753108], [3.5, 0.9999992569016276, 7.430983723414127e-07]]) {
    assert.ok(Math.abs(math.erf(x) - erf) <= 1e-13 * Math.abs(erf), `erf(${x})`);
    assert.ok(Math.abs(math.erfc(x) - erfc) <= 1e-13 * Math.abs(erfc), `erfc(${x}) = ${math.erfc(x)}`);
  }
});

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
