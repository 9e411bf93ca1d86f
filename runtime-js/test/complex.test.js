import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { PyComplex, makeComplex } from '../src/types/complex.js';
import { repr, hash, eq } from '../src/internals/protocols.js';
import { add, mul, truediv, pow } from '../src/internals/arith.js';
import { PyDict } from '../src/types/dict.js';

const c = (re, im) => new PyComplex(re, im);

test('complex repr leaves off ".0" and the real part when it is +0', () => {
  assert.equal(repr(c(0, 1)), '1j');
  assert.equal(repr(c(1, 2)), '(1+2j)');
  assert.equal(repr(c(-0, -1)), '(-0-1j)');
  assert.equal(repr(c(1.5, -0)), '(1.5-0j)');
  assert.equal(repr(c(1e16, 1e-5)), '(1e+16+1e-05j)');
  assert.equal(repr(c(Infinity, NaN)), '(inf+nanj)');
});

test('complex arithmetic follows CPython (Smith division, integral powers by squaring)', () => {
  assert.equal(repr(mul(c(1, 2), c(3, -4))), '(11+2j)');
  assert.equal(repr(truediv(c(1, 2), c(3, -4))), '(-0.2+0.4j)');
  assert.equal(repr(pow(c(1, 1), 10)), '32j');
  assert.equal(repr(add(1, c(0, 1))), '(1+1j)');
  assert.throws(() => truediv(1, c(0, 0)), (e) => repr(e) === "ZeroDivisionError('complex division by zero')");
});

test('complex hashes and compares equal to a real number when its imaginary part is zero', () => {
  assert.equal(hash(c(1, 0)), hash(1));
  assert.equal(hash(c(-1.5, -3)), -1152921504609846986n);
  assert.ok(eq(c(2, 0), 2));
  const d = new PyDict();
  d.put(1, 'one');
  assert.equal(d.get(c(1, 0)), 'one');
});

test('complex() parses strings with CPython syntax', () => {
  assert.equal(repr(makeComplex(['(1+2j)'], null)), '(1+2j)');
  assert.equal(repr(makeComplex([' -j '], null)), '-1j');
  assert.equal(repr(makeComplex(['1_0e1'], null)), '(100+0j)');
  assert.throws(() => makeComplex(['1 + 2j'], null), (e) => repr(e) === "ValueError('complex() arg is a malformed string')");
});
