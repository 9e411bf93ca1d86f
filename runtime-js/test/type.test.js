import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { AttrDict, typeOf } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { call, callKw, defineFunction } from '../src/internals/call.js';
import { getattr, setattr, callMethod, PyProperty } from '../src/internals/attribute.js';
import { str } from '../src/internals/protocols.js';

function cls(name, bases, members = {}) {
  const ns = new AttrDict();
  Object.assign(ns, members);
  return makeClass(name, bases, ns, name, '__main__', null);
}

test('C3 linearisation of a diamond', () => {
  const O = cls('O', []);
  const A = cls('A', [O]);
  const B = cls('B', [O]);
  const C = cls('C', [A, B]);
  assert.deepEqual(C.$mro.map((t) => t.__name__), ['C', 'A', 'B', 'O', 'object']);
});

test('an inconsistent MRO is a TypeError with CPython\'s message', () => {
  const A = cls('A', []);
  const B = cls('B', [A]);
  assert.throws(() => cls('C', [A, B]), (e) => /Cannot create a consistent method resolution\norder \(MRO\) for bases A, B/.test(str(e)));
});

test('a property is a data descriptor and wins over the instance dict', () => {
  const P = cls('P', [], {
    x: new PyProperty(defineFunction(function x(self) { return 42; }, 'P.x', ['self'], 0, [])),
  });
  const p = call(P);
  p.$$x = 1;
  assert.equal(getattr(p, 'x'), 42);
});

test('methods bind; instance attributes shadow them', () => {
  const K = cls('K', [], {
    m: defineFunction(function m(self, a) { return a + 1; }, 'K.m', ['self', 'a'], 0, []),
  });
  const k = call(K);
  assert.equal(callMethod(k, 'm', 1), 2);
  setattr(k, 'm', defineFunction(function m() { return 'own'; }, 'm', [], 0, []));
  assert.equal(callMethod(k, 'm'), 'own');
  assert.equal(typeOf(k), K);
});

test('argument binding reports errors as CPython does', () => {
  const f = defineFunction(function f(a, b, c) { return [a, b, c]; }, 'f', ['a', 'b', '*', 'c'], 0, [2], null);
  assert.deepEqual(callKw(f, [1], ['c'], [3]), [1, 2, 3]);
  assert.throws(() => call(f, 1), (e) => str(e) === "f() missing 1 required keyword-only argument: 'c'");
  assert.throws(() => callKw(f, [1, 2], ['a', 'c'], [1, 3]), (e) => str(e) === "f() got multiple values for argument 'a'");
  assert.throws(() => callKw(f, [1], ['c', 'd'], [3, 4]), (e) => str(e) === "f() got an unexpected keyword argument 'd'");
});
