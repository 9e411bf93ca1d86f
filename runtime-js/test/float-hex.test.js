import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floatHex, floatFromHex } from '../src/internals/float-hex.js';

test('hex spells every binary64 as CPython does', () => {
  assert.equal(floatHex(3.75), '0x1.e000000000000p+1');
  assert.equal(floatHex(-0), '-0x0.0p+0');
  assert.equal(floatHex(0), '0x0.0p+0');
  assert.equal(floatHex(0.1), '0x1.999999999999ap-4');
  assert.equal(floatHex(5e-324), '0x0.0000000000001p-1022');
  assert.equal(floatHex(Number.MAX_VALUE), '0x1.fffffffffffffp+1023');
  assert.equal(floatHex(-Infinity), '-inf');
  assert.equal(floatHex(NaN), 'nan');
});

test('fromhex parses, rounds half to even and underflows gradually', () => {
  assert.equal(floatFromHex('0x1.8p1'), 3);
  assert.equal(floatFromHex('  -0X1P-2 '), -0.25);
  assert.equal(floatFromHex('1.'), 1);
  assert.equal(floatFromHex('.8'), 0.5);
  assert.equal(floatFromHex('0x1.999999999999ap-4'), 0.1);
  assert.equal(floatFromHex('0x1.00000000000008p0'), 1); // a tie rounds to even
  assert.equal(floatFromHex('0x1.00000000000018p0'), 1 + 2 * Number.EPSILON);
  assert.equal(floatFromHex('0x0.0000000000001p-1022'), 5e-324);
  assert.equal(floatFromHex('0x1p-1075'), 0);
  assert.equal(floatFromHex('0x1.8p-1075'), 5e-324);
  assert.ok(Object.is(floatFromHex('-0x0p0'), -0));
  assert.equal(floatFromHex('-Infinity'), -Infinity);
  assert.ok(Number.isNaN(floatFromHex('nan')));
  assert.equal(floatFromHex('0x1.fffffffffffffp+1023'), Number.MAX_VALUE);
  assert.throws(() => floatFromHex('0x1p1024'), /too large/);
  assert.throws(() => floatFromHex('0x1.fffffffffffffcp+1023'), /too large/);
  assert.throws(() => floatFromHex('0x'), /invalid hexadecimal/);
  assert.throws(() => floatFromHex('1p'), /invalid hexadecimal/);
});
