import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { prepareClass, makeClass } from '../src/types/class-creation.js';
import { getattr, setattr, delattr } from '../src/internals/attribute.js';
import { getitem, setitem, contains } from '../src/internals/subscript.js';
import { repr, len } from '../src/internals/protocols.js';
import { call, defineFunction } from '../src/internals/call.js';
import { dictOf } from '../src/types/dict.js';
import { mappingproxyType } from '../src/types/mappingproxy.js';

function makeC(extra) {
  const ns = prepareClass('C', [], null, '__main__', 'C');
  ns.x = 1;
  if (extra) extra(ns);
  return makeClass('C', [], ns, 'C', '__main__', null);
}

test("a class's __dict__ lists CPython's entries in order and is live", () => {
  const C = makeC();
  const p = getattr(C, '__dict__');
  assert.equal(repr(p), "mappingproxy({'__module__': '__main__', 'x': 1, '__dict__': <attribute '__dict__' of 'C' objects>, "
    + "'__weakref__': <attribute '__weakref__' of 'C' objects>, '__doc__': None})");
  setattr(C, 'y', 2);
  delattr(C, 'x');
  assert.equal(getitem(p, 'y'), 2);
  assert.equal(contains(p, 'x'), false);
  assert.equal(len(p), 5);
});

test('the descriptors keep their place when the entry before them is deleted', () => {
  const C = makeC((ns) => { ns.z = 3; });
  delattr(C, 'z');
  assert.equal(repr(getattr(C, '__dict__')).indexOf("'x': 1, '__dict__'") > 0, true);
});

test('a mappingproxy refuses item assignment and |=', () => {
  const p = getattr(makeC(), '__dict__');
  assert.throws(() => setitem(p, 'x', 2), (e) => e.$args.items[0] === "'mappingproxy' object does not support item assignment");
  const m = call(mappingproxyType, dictOf('a', 1));
  assert.equal(repr(m), "mappingproxy({'a': 1})");
  assert.throws(() => call(mappingproxyType, [1]), (e) => e.$args.items[0] === 'mappingproxy() argument must be a mapping, not list');
});

test("a function's __dict__ is live in both directions", () => {
  const f = defineFunction(function m() {}, 'C.m', ['self'], 0, [], null, '__main__');
  const C = makeC((ns) => { ns.m = f; });
  const fn = getitem(getattr(C, '__dict__'), 'm');
  setattr(fn, 'a', 1);
  const d = getattr(fn, '__dict__');
  setitem(d, 'b', 2);
  assert.equal(getattr(fn, 'b'), 2);
  assert.equal(getitem(d, 'a'), 1);
});
