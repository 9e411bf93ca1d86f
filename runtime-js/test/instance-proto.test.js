import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { AttrDict, PyObject } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { call, defineFunction } from '../src/internals/call.js';
import { setattr, delattr, getattr, PyProperty, StaticMethod } from '../src/internals/attribute.js';
import { instanceDict } from '../src/internals/instance-attrs.js';
import { makeTuple } from '../src/types/tuple.js';

function cls(name, bases, members = {}) {
  const ns = new AttrDict();
  Object.assign(ns, members);
  return makeClass(name, bases, ns, name, '__main__', null);
}

function method(qualname, body, params = ['self']) {
  return defineFunction(body, qualname, params, 0, []);
}

test('instances get their class prototype, which carries methods by parameter count and the plain flag', () => {
  const m = method('A.m', () => 'a');
  const two = method('A.two', (s, x) => x, ['self', 'x']);
  const A = cls('A', [], { m, two });
  const a = call(A);
  assert.ok(a instanceof PyObject);
  assert.equal(Object.getPrototypeOf(a), A.$proto);
  assert.equal(a.$m1$m, m);
  assert.equal(a.$m2$two, two);
  assert.equal(a.$m1$two, undefined);
  assert.equal(a.$pl, true);
  assert.equal(a.$py, true);
});

test('a method replaced or deleted on a base changes the prototypes of the subclasses', () => {
  const A = cls('A', [], { m: method('A.m', () => 'a') });
  const B = cls('B', [A]);
  const b = call(B);
  assert.equal(b.$m1$m(b), 'a');
  const patched = method('A.m2', () => 'patched');
  setattr(A, 'm', patched);
  assert.equal(b.$m1$m, patched);
  setattr(A, 'm', new StaticMethod(method('s', () => 's', [])));
  assert.equal(b.$m1$m, undefined);
  setattr(B, 'm', method('B.m', (s, x) => x, ['self', 'x']));
  assert.equal(b.$m1$m, undefined);
  assert.equal(b.$m2$m(b, 7), 7);
  delattr(B, 'm');
  assert.equal(b.$m2$m, undefined);
});

test('a class attribute of another kind leaves the plain flag and the methods as they are', () => {
  const m = method('A.m', () => 'a');
  const A = cls('A', [], { m });
  const a = call(A);
  setattr(A, 'count', 1);
  setattr(A, 'count', 2);
  assert.equal(a.$pl, true);
  assert.equal(a.$m1$m, m);
});

test('a data descriptor or an attribute hook clears the plain flag until the class is plain again', () => {
  const A = cls('A', []);
  const B = cls('B', [A]);
  const b = call(B);
  assert.equal(b.$pl, true);
  setattr(A, 'x', new PyProperty(method('x', () => 'p')));
  assert.equal(b.$pl, false);
  assert.equal(getattr(b, 'x'), 'p');
  delattr(A, 'x');
  getattr(b, '__class__');
  assert.equal(b.$pl, true);
  setattr(A, '__getattribute__', method('ga', () => 'hooked', ['self', 'name']));
  assert.equal(b.$pl, false);
  assert.equal(getattr(b, 'anything'), 'hooked');
});

test('__getattribute__ on a base takes every method off the prototype', () => {
  const m = method('A.m', () => 'a');
  const A = cls('A', [], { m });
  const a = call(A);
  assert.equal(a.$m1$m, m);
  setattr(A, '__getattribute__', method('ga', () => 'hooked', ['self', 'name']));
  assert.equal(a.$m1$m, undefined);
  delattr(A, '__getattribute__');
  getattr(a, 'm');
  assert.equal(a.$m1$m, m);
});

test('__class__ and __bases__ assignment move instances and subclasses to the new methods', () => {
  const A = cls('A', [], { m: method('A.m', () => 'a') });
  const B = cls('B', [], { m: method('B.m', () => 'b') });
  const C = cls('C', [A]);
  const o = call(A);
  setattr(o, '__class__', B);
  assert.equal(Object.getPrototypeOf(o), B.$proto);
  assert.equal(o.$m1$m(o), 'b');
  const c = call(C);
  assert.equal(c.$m1$m(c), 'a');
  setattr(C, '__bases__', makeTuple([B]));
  assert.equal(c.$m1$m, undefined);
  assert.equal(call(getattr(c, 'm')), 'b');
  assert.equal(c.$m1$m(c), 'b');
});

test('an instance whose __dict__ was taken hides the plain flag and the instance brand', () => {
  const A = cls('A', [], { m: method('A.m', () => 'a') });
  const a = call(A);
  instanceDict(a);
  assert.equal(a.$pl, false);
  assert.equal(a.$py, false);
});
