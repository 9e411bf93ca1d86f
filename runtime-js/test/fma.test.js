import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fma, fmaExact } from '../src/internals/fma.js';

test('fma rounds a * b + c once', () => {
  // 0.1 * 10 is 1 + 2**-54 exactly: a separate multiply rounds it to 1.
  assert.equal(0.1 * 10 - 1, 0);
  assert.equal(fma(0.1, 10, -1), 2 ** -54);
  // (1 + 2**-52)**2 - 1 - 2**-51 is 2**-104 exactly.
  const a = 1 + 2 ** -52;
  assert.equal(fma(a, a, -(1 + 2 ** -51)), 2 ** -104);
  assert.equal(fma(2, 3, 4), 10);
  assert.ok(Object.is(fma(-0, 1, 0), 0));
  assert.equal(fma(Infinity, 2, 1), Infinity);
  assert.ok(Number.isNaN(fma(Infinity, 0, 1)));
});

test('the fast path agrees with exact bigint arithmetic, near cancellations and ties included', () => {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const value = () => (random() < 0.5 ? -1 : 1) * (random() < 0.3 ? random() * 4 : 2 ** Math.floor(random() * 120 - 60) * (1 + random()));
  for (let i = 0; i < 20000; i++) {
    const a = value(), b = value();
    const p = a * b;
    const c = [value(), -p, -p * (1 + 2 ** -52), -p + value() * 2 ** -50 * Math.abs(p), p * 2 ** -53, -p * 0.5][i % 6];
    assert.ok(Object.is(fma(a, b, c), fmaExact(a, b, c)), `fma(${a}, ${b}, ${c})`);
  }
});

test('operands near the ends of the exponent range round exactly, subnormal results included', () => {
  assert.equal(fma(2 ** 1000, 2 ** 23, -(2 ** 1023)), 0);
  assert.equal(fma(2 ** -600, 2 ** -474, 2 ** -1073), 3 * 2 ** -1074); // a subnormal sum, exact
  assert.equal(fma(2 ** -600, 2 ** -475, 3 * 2 ** -1074), 4 * 2 ** -1074); // 3.5 ulps: the tie goes to even
  assert.equal(fma(2 ** -600, 2 ** -475, 2 ** -1073), 2 ** -1073); // 2.5 ulps: to even
  assert.equal(fma(1.7976931348623157e308, 2, -1.7976931348623157e308), 1.7976931348623157e308);
  assert.equal(fma(5e-324, 0.5, 0), 0); // half the smallest subnormal rounds to even (zero)
});
