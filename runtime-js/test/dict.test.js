import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { AttrDict } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { call, defineFunction } from '../src/internals/call.js';
import { dictOf, PyDict } from '../src/types/dict.js';
import { setOf } from '../src/types/set.js';
import { repr, hash, eq } from '../src/internals/protocols.js';
import { iterate } from '../src/internals/iteration.js';
import { makeTuple } from '../src/types/tuple.js';
import { PyFloat } from '../src/types/float.js';
import { HashTable } from '../src/internals/hash-table.js';

const t = (...items) => makeTuple(items);

function cls(name, members) {
  const ns = new AttrDict();
  for (const [k, f] of Object.entries(members)) ns[k] = defineFunction(f, k, ['self', 'other'].slice(0, f.length), 0, [], null, '__main__');
  return makeClass(name, [], ns, name, '__main__', null);
}

function keyError(f) {
  assert.throws(f, (e) => e.$cls?.__name__ === 'KeyError');
}

test('1, 1.0 and True are one key inside tuples too', () => {
  const d = dictOf(t(1, 'a'), 'int');
  assert.equal(d.getItem(t(new PyFloat(1), 'a')), 'int');
  assert.equal(d.getItem(t(true, 'a')), 'int');
  d.setItem(t(new PyFloat(1), 'a'), 'float');
  assert.equal(repr(d), "{(1, 'a'): 'float'}");
  assert.equal(d.get(t(0, 'a'), 'none'), 'none');
  assert.equal(d.get(t(false, 'a'), 'none'), 'none');
  d.setItem(t(false, 'a'), 'bool');
  assert.equal(d.getItem(t(0, 'a')), 'bool');
  assert.equal(d.getItem(t(new PyFloat(0), 'a')), 'bool');
});

test('nested tuples, big ints, floats and -1 are found by value', () => {
  const keys = [t(t(1, 2), 3), t(2n ** 70n, -1), t(0.5, -2), t(-1, -1), t(), t('x', t())];
  const d = new PyDict();
  keys.forEach((k, i) => d.setItem(k, i));
  assert.equal(d.size, keys.length);
  assert.equal(d.getItem(t(t(1, 2), 3)), 0);
  assert.equal(d.getItem(t(2n ** 70n, -1)), 1);
  assert.equal(d.getItem(t(0.5, -2)), 2);
  assert.equal(d.getItem(t(-1, -1)), 3);
  assert.equal(d.getItem(t()), 4);
  assert.equal(d.getItem(t('x', t())), 5);
  keyError(() => d.getItem(t(-2, -1)));
  keyError(() => d.getItem(t(t(1, 2), 3, 4)));
});

test('hash() of tuples stays CPython\'s whatever the table does', () => {
  assert.equal(hash(t(1, 2)), -3550055125485641917n);
  assert.equal(hash(t(t(1, 2), 3)), -333907151259015829n);
  assert.equal(hash(t(2n ** 70n, -1)), -849023711702838944n);
  assert.equal(hash(t(0.5, -2)), 6150435046063548694n);
  assert.equal(hash(t()), 5740354900026072187n);
});

test('a user __hash__ result that fits in 64 bits is kept, a larger one is hashed', () => {
  const H = cls('H', { __init__: (self, v) => { self.$$v = v; }, __hash__: (self) => self.$$v });
  const cases = [[2n ** 62n, 2n ** 62n], [-(2n ** 63n), -(2n ** 63n)], [2n ** 63n, 4], [2n ** 64n, 8], [-1, -2], [-(2n ** 63n) - 1n, -5]];
  for (const [v, h] of cases) assert.equal(hash(call(H, v)), h);
});

test('a KeyError carries the missing key', () => {
  const d = dictOf(t(1, 2), 'x');
  try {
    d.getItem(t(2, 1));
    assert.fail('no KeyError');
  } catch (e) {
    assert.equal(e.$cls.__name__, 'KeyError');
    assert.equal(repr(e.$args), '((2, 1),)');
  }
  keyError(() => d.delItem(t(3, 3)));
});

test('deleting object keys keeps order and reuses nothing stale', () => {
  const d = new PyDict();
  for (let i = 0; i < 100; i++) d.setItem(t(i, -i), i);
  for (let i = 0; i < 100; i += 2) d.delItem(t(i, -i));
  assert.equal(d.size, 50);
  for (let i = 0; i < 100; i++) assert.equal(d.get(t(i, -i), 'gone'), i % 2 ? i : 'gone');
  d.setItem(t(0, 0), 'back');
  const keys = Array.from(d.keys(), (k) => repr(k));
  assert.equal(keys[0], '(1, -1)');
  assert.equal(keys.at(-1), '(0, 0)');
});

test('growing and shrinking keeps every key of every kind and the insertion order', () => {
  const d = new PyDict();
  const key = (i) => (i % 3 === 0 ? t(i, String(i)) : i % 3 === 1 ? String(i) : i);
  for (let i = 0; i < 5000; i++) d.setItem(key(i), i);
  for (let i = 0; i < 5000; i++) if (i % 5 !== 0) d.delItem(key(i));
  assert.equal(d.size, 1000);
  const values = Array.from(d.values());
  assert.deepEqual(values, Array.from({ length: 1000 }, (_, j) => j * 5));
  for (let i = 0; i < 5000; i += 5) assert.equal(d.getItem(key(i)), i);
});

test('changing the size during iteration raises RuntimeError; overwriting does not', () => {
  const d = dictOf(t(1, 1), 1, 'a', 2);
  const it = iterate(d);
  it.next();
  d.setItem('a', 3);
  assert.equal(it.next().value, 'a');
  d.setItem(t(2, 2), 3);
  assert.throws(() => it.next(), (e) => e.$cls.__name__ === 'RuntimeError' && e.$args.items[0] === 'dictionary changed size during iteration');
  const items = iterate(call(d.$cls.$dict.items, d));
  items.next();
  d.delItem(t(1, 1));
  assert.throws(() => items.next(), (e) => e.$cls.__name__ === 'RuntimeError');
  const done = d.keys();
  while (!done.next().done);
  d.setItem('new', 1);
  assert.equal(done.next().done, true);
});

test('user __hash__ and __eq__ decide, also against tuples', () => {
  // Hashes and compares like the tuple (1, 2), as a user class may.
  const P = cls('P', {
    __hash__: (self) => hash(t(1, 2)),
    __eq__: (self, other) => other === self || eq(other, t(1, 2)),
  });
  const p = call(P);
  const d = dictOf(t(1, 2), 'tuple');
  assert.equal(d.getItem(p), 'tuple');
  d.setItem(p, 'via p');
  assert.equal(d.size, 1);
  assert.equal(d.getItem(t(1, 2)), 'via p');
  d.setItem(t(3, 4), 'other');
  assert.equal(d.getItem(t(3, 4)), 'other');
  d.delItem(p);
  assert.equal(repr(d), "{(3, 4): 'other'}");
  const s = setOf(p);
  assert.equal(s.has(t(1, 2)), true);
});

test('a user key colliding with everything is still compared by __eq__', () => {
  const K = cls('K', { __hash__: (self) => 7, __eq__: (self, other) => other === self });
  const ks = [call(K), call(K), call(K)];
  const d = new PyDict();
  ks.forEach((k, i) => d.setItem(k, i));
  d.setItem(7, 'int');
  assert.equal(d.size, 4);
  ks.forEach((k, i) => assert.equal(d.getItem(k), i));
  d.delItem(ks[1]);
  assert.equal(d.getItem(ks[2]), 2);
  keyError(() => d.getItem(ks[1]));
});

test('unhashable keys raise TypeError before the table changes', () => {
  const d = new PyDict();
  assert.throws(() => d.setItem(t(1, []), 1), (e) => e.$cls.__name__ === 'TypeError');
  assert.throws(() => d.find([]), (e) => e.$cls.__name__ === 'TypeError');
  assert.equal(d.size, 0);
  assert.equal(new HashTable().find(t(1, 2)), -1);
});

test('pairs of small ints pack alike for 1, 1.0 and True and at the range edges', () => {
  const d = new PyDict();
  d.setItem(t(1, new PyFloat(2)), 'a');
  d.setItem(t(-16384, 16383), 'edge');
  d.setItem(t(16384, 0), 'outside');
  d.setItem(t(-16385, 0), 'outside low');
  assert.equal(d.getItem(t(true, 2)), 'a');
  assert.equal(d.getItem(t(new PyFloat(1), 2)), 'a');
  assert.equal(d.getItem(t(-16384, 16383)), 'edge');
  assert.equal(d.getItem(t(new PyFloat(16384), 0)), 'outside');
  assert.equal(d.getItem(t(-16385, false)), 'outside low');
  assert.equal(d.get(t(0.5, 2), 'none'), 'none');
  assert.equal(d.get(t(2, 1), 'none'), 'none');
  assert.equal(repr(d), "{(1, 2.0): 'a', (-16384, 16383): 'edge', (16384, 0): 'outside', (-16385, 0): 'outside low'}");
});

test('a pair holding an object that equals an int finds the packed pair', () => {
  // Equal to 1 and hashing like it, as an int-like user class may.
  const One = cls('One', { __hash__: (self) => 1, __eq__: (self, other) => other === self || eq(other, 1) });
  const d = new PyDict();
  for (let i = 0; i < 40; i++) d.setItem(t(i, 2), i);
  d.delItem(t(0, 2));
  assert.equal(d.getItem(t(call(One), 2)), 1);
  d.setItem(t(call(One), 2), 'one');
  assert.equal(d.size, 39);
  assert.equal(d.getItem(t(1, 2)), 'one');
  d.delItem(t(1, 2));
  assert.equal(d.get(t(1, 2), 'gone'), 'gone');
  for (let i = 2; i < 40; i++) assert.equal(d.getItem(t(i, new PyFloat(2))), i);
  assert.equal(Array.from(d.keys()).length, 38);
});
