import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { defineFunction, BoundMethod } from '../src/internals/call.js';
import { getattr, setattr, delattr } from '../src/internals/attribute.js';
import { PyDict } from '../src/types/dict.js';
import { registerNamespace, moduleNamespace } from '../src/internals/module-namespaces.js';

function annotated() {
  return defineFunction(function f(a, b) { return a; }, 'f', ['a', 'b'], 0, [], null, '__main__', undefined, ['b', 2, 'a', 1, 'return', 3]);
}

test('__annotations__ is a dict in the order the def evaluated, kept across reads', () => {
  const f = annotated();
  const d = getattr(f, '__annotations__');
  assert.ok(d instanceof PyDict);
  assert.deepEqual([...d.entries()], [['b', 2], ['a', 1], ['return', 3]]);
  assert.equal(getattr(f, '__annotations__'), d);
  assert.equal(getattr(new BoundMethod(f, {}), '__annotations__'), d);
});

test('a function without annotations gets an empty dict on first read', () => {
  const g = defineFunction(function g() {}, 'g', [], 0, [], null, '__main__');
  const d = getattr(g, '__annotations__');
  assert.equal(d.size, 0);
  assert.equal(getattr(g, '__annotations__'), d);
});

test('assigning a dict replaces it, None and del clear it, anything else is a TypeError', () => {
  const f = annotated();
  const mine = new PyDict();
  setattr(f, '__annotations__', mine);
  assert.equal(getattr(f, '__annotations__'), mine);
  setattr(f, '__annotations__', undefined);
  assert.notEqual(getattr(f, '__annotations__'), mine);
  delattr(f, '__annotations__');
  assert.equal(getattr(f, '__annotations__').size, 0);
  assert.throws(() => setattr(f, '__annotations__', 5), (e) => e.$cls.__name__ === 'TypeError');
  assert.equal(getattr(f, '__dict__').size, 0);
});

test('a registered module namespace reads the live globals', () => {
  let x = 1;
  registerNamespace('m_annot', { get x() { return x; }, set x(v) { x = v; } });
  const m = moduleNamespace('m_annot');
  x = 2;
  assert.equal(getattr(m, 'x'), 2);
  assert.equal(moduleNamespace('not_registered'), undefined);
});
