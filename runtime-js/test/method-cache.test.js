import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { AttrDict } from '../src/types/type.js';
import { makeClass } from '../src/types/object.js';
import { call, defineFunction } from '../src/internals/call.js';
import { setattr, delattr, getattr, PyProperty } from '../src/internals/attribute.js';
import { methodCache, cacheMethod, classAttrCache, loadAttr } from '../src/internals/method-cache.js';
import { str } from '../src/internals/protocols.js';

function cls(name, bases, members = {}) {
  const ns = new AttrDict();
  Object.assign(ns, members);
  return makeClass(name, bases, ns, name, '__main__', null);
}

function method(qualname, body, params = ['self']) {
  return defineFunction(body, qualname, params, 0, []);
}

/** What a generated method-call helper for `o.m()` does: the cache, then the generic call. */
function callM(c, o) {
  const at = o.$cls.$attrs;
  let f = at === c.a0 ? c.f0 : at === c.a1 ? c.f1 : at === c.a2 ? c.f2 : at === c.a3 ? c.f3 : undefined;
  if (f === undefined || ("$$" + c.name) in o) f = cacheMethod(c, o);
  return f !== undefined ? f(o) : call(getattr(o, c.name));
}

test('a cached method is found again for the same class and dropped when the class changes', () => {
  const A = cls('A', [], { m: method('A.m', () => 'a') });
  const a = call(A);
  const c = methodCache('m', 0);
  assert.equal(callM(c, a), 'a');
  assert.equal(c.a0, A.$attrs);
  setattr(A, 'm', method('A.m2', () => 'patched'));
  assert.notEqual(c.a0, A.$attrs);
  assert.equal(callM(c, a), 'patched');
});

test('replacing a base class method invalidates the subclass entry', () => {
  const B = cls('B', [], { m: method('B.m', () => 'b') });
  const D = cls('D', [B]);
  const d = call(D);
  const c = methodCache('m', 0);
  assert.equal(callM(c, d), 'b');
  setattr(B, 'm', method('B.m2', () => 'b2'));
  assert.equal(callM(c, d), 'b2');
});

test('the instance dict shadows a cached method; a property or a wrong arity is not cached', () => {
  const A = cls('A', [], { m: method('A.m', () => 'a') });
  const a = call(A);
  const c = methodCache('m', 0);
  assert.equal(callM(c, a), 'a');
  a.$$m = () => 'own';
  assert.equal(callM(c, a), 'own');
  delete a.$$m;
  setattr(A, 'm', new PyProperty(method('A.p', () => () => 'prop')));
  assert.equal(cacheMethod(c, a), undefined);
  assert.equal(callM(c, a), 'prop');
  setattr(A, 'm', method('A.two', (self, x) => x, ['self', 'x']));
  assert.equal(cacheMethod(c, a), undefined);
});

test('assigning __class__ moves an instance to the other class\'s entry', () => {
  const A = cls('A', [], { m: method('A.m', () => 'a') });
  const B = cls('B', [], { m: method('B.m', () => 'b') });
  const o = call(A);
  const c = methodCache('m', 0);
  assert.equal(callM(c, o), 'a');
  setattr(o, '__class__', B);
  assert.equal(callM(c, o), 'b');
  assert.throws(() => setattr(o, '__class__', 1), (e) => /__class__ must be set to a class, not 'int' object/.test(str(e)));
  assert.throws(() => delattr(o, '__class__'), (e) => /can't delete __class__ attribute/.test(str(e)));
});

test('a class constant is cached per class table and re-read after a change', () => {
  const A = cls('A', [], { K: 3, f: method('A.f', () => 1) });
  const a = call(A);
  getattr(a, 'K');
  const c = classAttrCache('K');
  assert.equal(loadAttr(c, a), 3);
  assert.equal(c.a, A.$attrs);
  setattr(A, 'K', 4);
  assert.equal(loadAttr(c, a), 4);
  a.$$K = 'own';
  assert.equal(loadAttr(c, a), 'own');
  const m = classAttrCache('f');
  assert.equal(typeof loadAttr(m, a), 'object');
  assert.notEqual(m.a, A.$attrs, 'functions bind: never cached as constants');
});

test('construction caches a plain __init__ and sees it replaced', () => {
  const P = cls('P', [], { __init__: method('P.__init__', (self, x) => { self.$$x = x; }, ['self', 'x']) });
  assert.equal(call(P, 1).$$x, 1);
  assert.equal(call(P, 2).$$x, 2);
  setattr(P, '__init__', method('P.__init__', (self, x) => { self.$$x = -x; }, ['self', 'x']));
  assert.equal(call(P, 3).$$x, -3);
  setattr(P, '__init__', method('P.__init__', () => 7, ['self', 'x']));
  assert.throws(() => call(P, 1), (e) => /__init__\(\) should return None, not 'int'/.test(str(e)));
});

test('built-in receivers get the method the generic call finds; subclasses and other types do not', async () => {
  const { builtinMethod } = await import('../src/internals/method-cache.js');
  const { strType, listType, dictType, setType } = await import('../src/types/type.js');
  const { dictOf } = await import('../src/types/dict.js');
  const { setOf } = await import('../src/types/set.js');
  const get = methodCache('get', 2);
  const d = dictOf('k', 1);
  assert.equal(builtinMethod(get, d), dictType.$attrs.get);
  assert.equal(builtinMethod(get, d)(d, 'k', 0), 1);
  assert.equal(builtinMethod(get, 'text'), null);
  assert.equal(builtinMethod(get, [1]), null);
  assert.equal(builtinMethod(get, undefined), null);
  const append = methodCache('append', 1);
  assert.equal(builtinMethod(append, []), listType.$attrs.append);
  const L = cls('L', [listType]);
  const sub = call(L);
  assert.equal(builtinMethod(append, sub), null);
  const D = cls('D', [dictType]);
  assert.equal(builtinMethod(get, call(D)), null);
  assert.equal(builtinMethod(methodCache('split', 0), 'a b'), strType.$attrs.split);
  assert.equal(builtinMethod(methodCache('add', 1), setOf(1)), setType.$attrs.add);
  assert.equal(builtinMethod(methodCache('nosuch', 0), 'a b'), null);
});

test('pair keys find what the tuple finds and store a real tuple for a new key', async () => {
  const { getPair, setPair, pairIn, getPairOr, getPairOrNone } = await import('../src/internals/pair-keys.js');
  const { dictOf } = await import('../src/types/dict.js');
  const { makeTuple, Tuple } = await import('../src/types/tuple.js');
  const { PyFloat } = await import('../src/types/float.js');
  const d = dictOf();
  setPair(d, 1, 2, 'a');
  assert.ok(d.k[0] instanceof Tuple);
  assert.deepEqual(d.k[0].items, [1, 2]);
  assert.equal(getPair(d, new PyFloat(1), 2), 'a');
  assert.equal(getPair(d, true, 2), 'a');
  assert.equal(d.getItem(makeTuple([1, new PyFloat(2)])), 'a');
  setPair(d, new PyFloat(1), 2, 'b');
  assert.equal(d.size, 1);
  assert.deepEqual(d.k[0].items, [1, 2]);
  assert.equal(pairIn(1, 2, d), true);
  assert.equal(pairIn(2, 1, d), false);
  assert.equal(getPairOr(d, 5, 5, 'dflt'), 'dflt');
  assert.equal(getPairOrNone(d, 5, 5), undefined);
  // Items that do not pack take the generic path, which still finds equal keys.
  setPair(d, 'x', 10n ** 20n, 'str-big');
  assert.equal(getPair(d, 'x', 10n ** 20n), 'str-big');
  assert.equal(d.get(makeTuple(['x', 10n ** 20n])), 'str-big');
  assert.throws(() => getPair(d, 7, 7), (e) => e.$cls?.__name__ === 'KeyError' && e.$args.items[0].items[0] === 7);
  d.delItem(makeTuple([1, 2]));
  assert.equal(pairIn(1, 2, d), false);
  setPair(d, 1, 2, 'c');
  assert.equal(d.k[d.k.length - 1].items[1], 2);
  assert.equal(getPair(d, 1, 2), 'c');
});
