import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { AttrDict, intType, floatType, tupleType, boolType, typeOf } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { PyDict } from '../src/types/dict.js';
import { repr, hash, eq, lt } from '../src/internals/protocols.js';
import { add, mul, neg } from '../src/internals/arith.js';
import { makeTuple, Tuple } from '../src/types/tuple.js';
import { PyValueSub } from '../src/types/value-subclass.js';
import { makeFloat } from '../src/types/float.js';

const sub = (name, base) => makeClass(name, [base], new AttrDict(), name, '__main__', null);

test('an int subclass instance keeps its class; arithmetic on it gives plain ints', () => {
  const N = sub('N', intType);
  const n = N.$call([5], null);
  assert.ok(n instanceof PyValueSub);
  assert.equal(typeOf(n), N);
  assert.equal(add(n, 1), 6);
  assert.equal(mul(2, n), 10);
  assert.equal(neg(n), -5);
  assert.equal(repr(n), '5');
  assert.equal(hash(n), hash(5));
  assert.ok(eq(n, 5));
  assert.ok(lt(n, 6));
});

test('an int subclass instance is the same dict key as its value', () => {
  const N = sub('N', intType);
  const d = new PyDict();
  d.put(5, 'five');
  assert.equal(d.get(N.$call([5], null)), 'five');
  const e = new PyDict();
  e.put(N.$call([7], null), 'seven');
  assert.equal(e.get(7), 'seven');
});

test('a float subclass instance formats and compares as its value', () => {
  const F = sub('F', floatType);
  const f = F.$call([2.5], null);
  assert.equal(repr(f), '2.5');
  assert.equal(repr(add(f, 1)), '3.5');
  assert.ok(eq(F.$call([1], null), 1));
  assert.equal(repr(F.$call([makeFloat(3)], null)), '3.0');
});

test('a tuple subclass instance holds a plain tuple and equals it', () => {
  const T = sub('T', tupleType);
  const t = T.$call([[1, 2]], null);
  assert.ok(!(t instanceof Tuple));
  assert.ok(eq(t, makeTuple([1, 2])));
  assert.equal(hash(t), hash(makeTuple([1, 2])));
  const d = new PyDict();
  d.put(makeTuple([1, 2]), 'pair');
  assert.equal(d.get(t), 'pair');
  assert.equal(repr(add(t, makeTuple([3]))), '(1, 2, 3)');
});

test('bool cannot be subclassed; int and tuple together are a lay-out conflict', () => {
  assert.throws(() => sub('B', boolType), (e) => repr(e) === "TypeError(\"type 'bool' is not an acceptable base type\")");
  assert.throws(() => makeClass('X', [intType, tupleType], new AttrDict(), 'X', '__main__', null),
    (e) => repr(e) === "TypeError('multiple bases have instance lay-out conflict')");
});
