import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import {
  matchSequence, matchMapping, matchKeys, mappingRest, matchClass, registerSequence,
} from '../src/internals/match.js';
import { AttrDict, typeOf, intType, strType, boolType, listType, dictType } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { call, defineFunction } from '../src/internals/call.js';
import { PyProperty } from '../src/internals/attribute.js';
import { makeTuple } from '../src/types/tuple.js';
import { dictOf, PyDict } from '../src/types/dict.js';
import { setOf } from '../src/types/set.js';
import { range } from '../src/types/range.js';
import { PyFloat } from '../src/types/float.js';
import { repr, str } from '../src/internals/protocols.js';

function cls(name, bases, members = {}) {
  const ns = new AttrDict();
  Object.assign(ns, members);
  return makeClass(name, bases, ns, name, '__main__', null);
}

function pyErrorOf(fn) {
  try {
    fn();
  } catch (e) {
    return `${typeOf(e).__name__}: ${str(e)}`;
  }
  return 'no error';
}

test('sequences are lists, tuples, ranges and their subclasses, never str or dict', () => {
  assert.ok(matchSequence([]));
  assert.ok(matchSequence(makeTuple([1, 2])));
  assert.ok(matchSequence(range(3)));
  const MyList = cls('MyList', [listType]);
  assert.ok(matchSequence(call(MyList)));
  for (const x of ['ab', '', dictOf(1, 2), setOf(1), 1, new PyFloat(1), undefined, true]) {
    assert.equal(matchSequence(x), false, repr(x));
  }
});

test('a registered class counts as a sequence for itself and its subclasses', () => {
  const Seq = cls('Seq', []);
  const Sub = cls('Sub', [Seq]);
  assert.equal(matchSequence(call(Sub)), false);
  registerSequence(Seq);
  assert.ok(matchSequence(call(Sub)));
});

test('mappings are dicts and dict subclasses', () => {
  assert.ok(matchMapping(new PyDict()));
  assert.ok(matchMapping(call(cls('D', [dictType]))));
  for (const x of [[], makeTuple([]), 'k', setOf(1)]) assert.equal(matchMapping(x), false);
});

test('matchKeys returns the values in key order, or null when one is missing', () => {
  const d = dictOf('a', 1, 'b', 2, 3, undefined);
  assert.deepEqual(matchKeys(d, ['b', 'a']), [2, 1]);
  assert.deepEqual(matchKeys(d, [3]), [undefined]);
  assert.equal(matchKeys(d, ['a', 'z']), null);
  assert.deepEqual(matchKeys(d, []), []);
});

test('matchKeys refuses a key that repeats, comparing as dict keys do', () => {
  assert.equal(pyErrorOf(() => matchKeys(dictOf(1, 'x'), [1, new PyFloat(1)])),
    'ValueError: mapping pattern checks duplicate key (1.0)');
});

test('matchKeys calls get() of a dict subclass with a sentinel default', () => {
  const seen = [];
  const D = cls('D', [dictType], {
    get: defineFunction(function get(self, key, dflt) {
      seen.push(key);
      return key === 'virtual' ? 'made up' : dflt;
    }, 'D.get', ['self', 'key', 'dflt'], 0, []),
  });
  const d = call(D);
  assert.deepEqual(matchKeys(d, ['virtual']), ['made up']);
  assert.equal(matchKeys(d, ['virtual', 'absent']), null);
  assert.deepEqual(seen, ['virtual', 'virtual', 'absent']);
});

test('mappingRest copies the subject without the matched keys, in insertion order', () => {
  const d = dictOf('a', 1, 'b', 2, 'c', 3);
  const rest = mappingRest(d, ['b']);
  assert.equal(repr(rest), "{'a': 1, 'c': 3}");
  assert.equal(repr(d), "{'a': 1, 'b': 2, 'c': 3}");
});

test('matchClass reads __match_args__ then keyword attributes, or fails on a missing one', () => {
  const P = cls('P', [], { __match_args__: makeTuple(['x', 'y']) });
  const p = call(P);
  p.$$x = 1;
  p.$$y = 2;
  assert.deepEqual(matchClass(p, P, 2, []), [1, 2]);
  assert.deepEqual(matchClass(p, P, 1, ['y']), [1, 2]);
  assert.deepEqual(matchClass(p, P, 0, []), []);
  assert.equal(matchClass(p, P, 0, ['z']), null);
  assert.equal(matchClass(3, P, 0, []), null);
});

test('matchClass reports CPython\'s TypeErrors', () => {
  const Plain = cls('Plain', []);
  const ListArgs = cls('ListArgs', [], { __match_args__: ['a'] });
  const IntArgs = cls('IntArgs', [], { __match_args__: makeTuple([1]) });
  const Dup = cls('Dup', [], { __match_args__: makeTuple(['a']) });
  const dup = call(Dup);
  dup.$$a = 1;
  assert.equal(pyErrorOf(() => matchClass(call(Plain), Plain, 1, [])),
    'TypeError: Plain() accepts 0 positional sub-patterns (1 given)');
  assert.equal(pyErrorOf(() => matchClass(call(ListArgs), ListArgs, 1, [])),
    'TypeError: ListArgs.__match_args__ must be a tuple (got list)');
  assert.equal(pyErrorOf(() => matchClass(call(IntArgs), IntArgs, 1, [])),
    'TypeError: __match_args__ elements must be strings (got int)');
  assert.equal(pyErrorOf(() => matchClass(dup, Dup, 1, ['a'])),
    "TypeError: Dup() got multiple sub-patterns for attribute 'a'");
  assert.equal(pyErrorOf(() => matchClass(1, 'int', 0, [])), 'TypeError: called match pattern must be a type');
  assert.equal(pyErrorOf(() => matchClass(5, intType, 2, [])), 'TypeError: int() accepts 1 positional sub-pattern (2 given)');
});

test('built-in classes and their subclasses match the subject itself for one positional pattern', () => {
  assert.deepEqual(matchClass(5, intType, 1, []), [5]);
  assert.deepEqual(matchClass(true, intType, 1, []), [true]);
  assert.deepEqual(matchClass('s', strType, 1, []), ['s']);
  assert.equal(matchClass(1, boolType, 1, []), null);
  const MyList = cls('MyList', [listType]);
  const l = call(MyList);
  assert.equal(matchClass(l, MyList, 1, [])[0], l);
  const Named = cls('Named', [listType], { __match_args__: makeTuple([]) });
  assert.equal(pyErrorOf(() => matchClass(call(Named), Named, 1, [])),
    'TypeError: Named() accepts 0 positional sub-patterns (1 given)');
});

test('a property read by matchClass runs once per attribute', () => {
  let reads = 0;
  const P = cls('P', [], {
    __match_args__: makeTuple(['x']),
    x: new PyProperty(defineFunction(function x(self) { reads++; return 7; }, 'P.x', ['self'], 0, [])),
  });
  assert.deepEqual(matchClass(call(P), P, 1, []), [7]);
  assert.equal(reads, 1);
});
