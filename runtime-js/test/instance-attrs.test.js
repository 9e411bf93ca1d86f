import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { AttrDict } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { makeTuple } from '../src/types/tuple.js';
import { call } from '../src/internals/call.js';
import { getattr, setattr, delattr, hasattr } from '../src/internals/attribute.js';
import { instanceNames, instanceDict } from '../src/internals/instance-attrs.js';
import { str } from '../src/internals/protocols.js';

function cls(name, bases, members = {}) {
  const ns = new AttrDict();
  Object.assign(ns, members);
  return makeClass(name, bases, ns, name, '__main__', null);
}

test('attributes are prefixed own properties, in insertion order, whatever their name', () => {
  const o = call(cls('A', []));
  for (const name of ['b', '1', 'constructor', '__proto__', '$cls', 'a']) setattr(o, name, name.length);
  assert.deepEqual(instanceNames(o), ['b', '1', 'constructor', '__proto__', '$cls', 'a']);
  assert.equal(o.$$constructor, 11);
  assert.equal(getattr(o, '__proto__'), 9);
  assert.equal(typeof o.$cls, 'object');
  setattr(o, 'none', undefined);
  assert.equal(hasattr(o, 'none'), true);
  delattr(o, 'none');
  assert.equal(hasattr(o, 'none'), false);
});

test('the dict, once taken, holds the attributes and both sides see each other', () => {
  const o = call(cls('B', []));
  setattr(o, 'x', 1);
  const d = getattr(o, '__dict__');
  assert.equal(instanceDict(o), d);
  assert.equal(o.$$x, undefined);
  assert.equal(o.$py, false);
  d.put('y', 2);
  assert.equal(getattr(o, 'y'), 2);
  setattr(o, 'z', 3);
  assert.deepEqual([...d.keys()], ['x', 'y', 'z']);
});

test('a slot is a member descriptor apart from the instance dict', () => {
  const Base = cls('Base', []);
  const S = cls('S', [Base], { __slots__: makeTuple(['s']) });
  const o = call(S);
  assert.throws(() => getattr(o, 's'), (e) => str(e) === "'S' object has no attribute 's'");
  setattr(o, 's', 1);
  setattr(o, 't', 2);
  assert.deepEqual(instanceNames(o), ['t']);
  assert.equal(getattr(o, 's'), 1);
  const Only = cls('Only', [], { __slots__: 'a' });
  const p = call(Only);
  assert.throws(() => setattr(p, 'b', 1), (e) => str(e) === "'Only' object has no attribute 'b'");
  assert.equal(hasattr(p, '__dict__'), false);
});

test('an integral float is held as its raw double, marked in $fi, and read back as the same box', async () => {
  const { PyFloat } = await import('../src/types/float.js');
  const o = call(cls('F', []));
  const box = new PyFloat(0);
  setattr(o, 'x', box);
  assert.equal(o.$$x, 0);
  assert.equal(o.$fi.get('x'), box);
  assert.equal(getattr(o, 'x'), box);
  setattr(o, 'x', 2.5);
  assert.equal(o.$fi, null);
  assert.equal(getattr(o, 'x'), 2.5);
  setattr(o, 'x', 3);
  assert.equal(getattr(o, 'x'), 3);
  const negZero = new PyFloat(-0);
  setattr(o, 'y', negZero);
  assert.ok(Object.is(o.$$y, -0));
  delattr(o, 'y');
  assert.equal(o.$fi, null);
  setattr(o, 'z', new PyFloat(7));
  const d = instanceDict(o);
  assert.equal(o.$fi, null);
  assert.ok(d.get('z') instanceof PyFloat);
  assert.equal(getattr(o, 'z').v, 7);
});

test('instances start with the same hidden class whether or not they will hold integral floats', () => {
  const C = cls('G', []);
  const a = call(C);
  const b = call(C);
  assert.deepEqual(Object.keys(a), Object.keys(b));
  assert.equal(a.$fi, null);
});
