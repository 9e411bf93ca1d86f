import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import '../src/types/builtin-own-attrs.js';
import {
  AttrDict, objectType, intType, strType, listType, dictType, setType, frozensetType, typeType, NotImplemented,
} from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { call } from '../src/internals/call.js';
import { getattr } from '../src/internals/attribute.js';
import { PySet } from '../src/types/set.js';
import { ownAttributeNames } from '../src/types/builtin-own-attrs.js';
import { readFileSync } from 'node:fs';

function cls(name, bases) {
  return makeClass(name, bases, new AttrDict(), name, '__main__', null);
}

function raises(f, name, message) {
  assert.throws(f, (e) => e.$cls.__name__ === name && (message === undefined || e.$args.items[0].includes(message)));
}

test('__sizeof__ is refused for every value, read from the class or an instance', () => {
  const A = cls('A', []);
  const cases = [[intType, 5], [strType, 'ab'], [listType, [1]], [dictType, call(dictType)], [setType, new PySet()],
    [frozensetType, call(frozensetType)], [objectType, call(A)], [typeType, intType]];
  for (const [t, value] of cases) {
    raises(() => call(getattr(t, '__sizeof__'), value), 'NotImplementedError', '__sizeof__() is not supported');
    // Read from a class, `int.__sizeof__` is int's own, unbound: only the instances of other types bind it.
    if (t !== typeType) raises(() => call(getattr(value, '__sizeof__')), 'NotImplementedError', '__sizeof__() is not supported');
  }
});

test("the lay-out members of type are refused for every class, type's own included", () => {
  const A = cls('A', []);
  for (const name of ['__basicsize__', '__itemsize__', '__flags__', '__dictoffset__', '__weakrefoffset__']) {
    for (const c of [typeType, intType, objectType, A]) raises(() => getattr(c, name), 'NotImplementedError', `${c.__name__}.${name}`);
  }
});

test("object.__reduce_ex__ refuses copyreg's answer but calls a class's own __reduce__", () => {
  const A = cls('A', []);
  raises(() => call(getattr(call(A), '__reduce_ex__'), 2), 'NotImplementedError', 'copyreg');
  raises(() => call(getattr(objectType, '__reduce__'), 5), 'NotImplementedError', 'copyreg');
  const r = call(getattr(new PySet(), '__reduce_ex__'), 2);
  assert.equal(r.items[0], setType);
});

test('an own attribute is made once per type and name, and shadowed by an instance attribute', () => {
  assert.equal(getattr(listType, '__ne__'), getattr(listType, '__ne__'));
  assert.notEqual(getattr(listType, '__ne__'), getattr(objectType, '__ne__'));
  assert.equal(getattr(cls('B', []), '__lt__'), getattr(objectType, '__lt__'));
  assert.equal(call(getattr(objectType, '__lt__'), 1, 2), NotImplemented);
});

test('the code generator loads this module wherever a program names one of its attributes', () => {
  const java = readFileSync(new URL('../../codegen-js/src/main/java/dev/taipan/codegen/BuiltinOwnAttributes.java', import.meta.url), 'utf8');
  const listed = java.slice(java.indexOf('NAMES = Set.of('), java.indexOf(');', java.indexOf('NAMES = Set.of(')));
  const javaNames = new Set([...listed.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  assert.deepEqual([...javaNames].sort(), [...ownAttributeNames()].sort());
});
