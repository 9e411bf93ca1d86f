import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { AttrDict } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { call } from '../src/internals/call.js';
import { setattr, getattr, PyProperty } from '../src/internals/attribute.js';
import { instanceDict, replaceInstanceDict } from '../src/internals/instance-attrs.js';
import { PyFloat } from '../src/types/float.js';
import { PyDict } from '../src/types/dict.js';
import { attrEpoch } from '../src/internals/attr-epoch.js';

// Generated code remembers the epoch at which an object passed `o.$pl === true && o.$fi === null`
// (codegen AttributeFacts); every change that can make a passing object fail must advance it.

function cls(name, bases, members = {}) {
  const ns = new AttrDict();
  Object.assign(ns, members);
  return makeClass(name, bases, ns, name, '__main__', null);
}

/** A plain instance of a fresh class that passes the guards, with its class. */
function passing() {
  const A = cls('A', []);
  const a = call(A);
  setattr(a, 'x', 1);
  getattr(a, 'x');
  assert.equal(a.$pl, true);
  assert.equal(a.$fi, null);
  return { A, a };
}

function advances(change) {
  const before = attrEpoch.n;
  change();
  return attrEpoch.n > before;
}

test('a class made not plain advances the epoch', () => {
  const { A, a } = passing();
  assert.ok(advances(() => setattr(A, 'x', new PyProperty(null, null, null, null))));
  assert.equal(a.$pl, false);
});

test('a base made not plain advances the epoch for the instances of its subclasses', () => {
  const { A } = passing();
  const B = cls('B', [A]);
  const b = call(B);
  setattr(b, 'y', 2);
  getattr(b, 'y');
  assert.equal(b.$pl, true);
  assert.ok(advances(() => setattr(A, '__setattr__', getattr(A, '__setattr__'))));
  assert.equal(b.$pl, false);
});

test('__class__ assignment advances the epoch', () => {
  const { a } = passing();
  const D = cls('D', []);
  assert.ok(advances(() => setattr(a, '__class__', D)));
});

test('the first integral float stored in an instance advances the epoch', () => {
  const { a } = passing();
  assert.ok(advances(() => setattr(a, 'x', new PyFloat(2))));
  assert.notEqual(a.$fi, null);
});

test('taking or replacing __dict__ advances the epoch', () => {
  const { a } = passing();
  assert.ok(advances(() => instanceDict(a)));
  assert.equal(a.$pl, false);
  const { a: b } = passing();
  assert.ok(advances(() => replaceInstanceDict(b, new PyDict())));
  assert.equal(b.$pl, false);
});

test('plain stores and loads leave the epoch alone', () => {
  const { a } = passing();
  assert.ok(!advances(() => {
    for (let i = 0; i < 10; i++) {
      setattr(a, 'x', i + 0.5);
      getattr(a, 'x');
    }
  }));
});
