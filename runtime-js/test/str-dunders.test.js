import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { AttrDict, strType, complexType, typeOf, lookup } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { PyDict } from '../src/types/dict.js';
import { repr, str, strObject, hash, eq, lt, len } from '../src/internals/protocols.js';
import { add, mul, mod } from '../src/internals/arith.js';
import { getitem, contains, makeSlice } from '../src/internals/subscript.js';
import { toArray } from '../src/internals/iteration.js';
import { call } from '../src/internals/call.js';
import { PyValueSub } from '../src/types/value-subclass.js';
import { PyComplex } from '../src/types/complex.js';

const sub = (name, base, dict = new AttrDict()) => makeClass(name, [base], dict, name, '__main__', null);

test('a str subclass instance holds its value; operators give plain strs', () => {
  const S = sub('S', strType);
  const s = S.$call(['ab'], null);
  assert.ok(s instanceof PyValueSub);
  assert.equal(typeOf(s), S);
  assert.equal(add(s, 'c'), 'abc');
  assert.equal(add('c', s), 'cab');
  assert.equal(mul(s, 2), 'abab');
  assert.equal(mul(2, s), 'abab');
  assert.equal(mod(S.$call(['<%s>'], null), 1), '<1>');
  assert.equal(getitem(s, makeSlice(1, undefined, undefined)), 'b');
  assert.deepEqual(toArray(s), ['a', 'b']);
  assert.ok(contains(s, 'b'));
  assert.ok(contains('xaby', s));
  assert.equal(len(s), 2);
  assert.equal(repr(s), "'ab'");
  assert.equal(str(s), 'ab');
  assert.ok(eq(s, 'ab') && eq('ab', s));
  assert.ok(lt(s, 'b'));
});

test('a str subclass instance is the same dict key as its value', () => {
  const S = sub('S', strType);
  const d = new PyDict();
  d.put('k', 1);
  assert.equal(d.get(S.$call(['k'], null)), 1);
  assert.equal(hash(S.$call(['k'], null)), hash('k'));
});

test("str's methods take a subclass instance as self and as an argument", () => {
  const S = sub('S', strType);
  const upper = lookup(S, 'upper');
  assert.equal(call(upper, S.$call(['x'], null)), 'X');
  assert.equal(call(lookup(strType, 'split'), 'a-b', S.$call(['-'], null)).join(), 'a,b');
  assert.throws(() => call(upper, 5), (e) => str(e) === "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
  assert.throws(() => call(lookup(strType, '__add__'), 'a', 5), (e) => str(e) === 'can only concatenate str (not "int") to str');
});

test('str() keeps a str subclass instance that __str__ returned; the text paths use its value', () => {
  const dict = new AttrDict();
  const S = sub('S', strType, dict);
  dict.__str__ = (self) => self;
  const s = S.$call(['v'], null);
  assert.equal(strObject(s), s);
  assert.equal(str(s), 'v');
});

test('a complex subclass instance holds a PyComplex; arithmetic gives plain complex', () => {
  const Z = sub('Z', complexType);
  const z = Z.$call([1, 2], null);
  assert.ok(z instanceof PyValueSub && z.$v instanceof PyComplex);
  const w = add(z, 1);
  assert.ok(w instanceof PyComplex);
  assert.equal(repr(w), '(2+2j)');
  assert.ok(eq(z, new PyComplex(1, 2)));
  assert.equal(hash(z), hash(new PyComplex(1, 2)));
});

test('reprObject and strObject of functions and plain values go through their usual paths', () => {
  assert.equal(strObject(len), '<built-in function len>');
  assert.equal(strObject(1), '1');
  assert.equal(strObject(undefined), 'None');
});
