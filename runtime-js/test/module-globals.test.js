import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { moduleGlobals, functionLocals } from '../src/internals/module-globals.js';
import { UNBOUND } from '../src/internals/names.js';
import { makeModule } from '../src/internals/attribute.js';

function namespace(isMain) {
  let x = 1;
  let y = UNBOUND;
  const g = moduleGlobals(isMain ? '__main__' : 'pkg.mod', isMain, 'doc', false, {
    get x() { return x; }, set x(v) { x = v; },
    get y() { return y; }, set y(v) { y = v; },
  });
  return { g, x: () => x, y: () => y };
}

test('keys of bound globals read and write the variables', () => {
  const n = namespace(true);
  assert.equal(n.g.getItem('x'), 1);
  n.g.setItem('x', 5);
  assert.equal(n.x(), 5);
  assert.equal(n.g.has('y'), false);
  assert.throws(() => n.g.getItem('y'), (e) => e.$cls.__name__ === 'KeyError');
  n.g.setItem('y', 2);
  assert.equal(n.g.has('y'), true);
  assert.equal(n.y(), 2);
});

test('new keys are module attributes and shadow builtins for unbound names', () => {
  const n = namespace(false);
  const module = makeModule('pkg.mod', n.g.names);
  assert.equal(n.g.load('z', 'builtin'), 'builtin');
  n.g.setItem('z', 7);
  assert.equal(module.$d.z, 7);
  assert.equal(n.g.load('z', 'builtin'), 7);
  n.g.setItem(3, 'int key');
  assert.equal(n.g.has(3), true);
  assert.equal(n.g.getItem(3), 'int key');
  assert.throws(() => n.g.load('w', UNBOUND), (e) => e.$cls.__name__ === 'NameError');
});

test('dunder entries follow the module kind', () => {
  const main = namespace(true).g;
  assert.equal(main.getItem('__name__'), '__main__');
  assert.equal(main.getItem('__doc__'), 'doc');
  assert.equal(main.getItem('__package__'), undefined);
  assert.equal(main.getItem('__spec__'), undefined);
  assert.equal(main.has('__annotations__'), false);
  const mod = namespace(false).g;
  assert.equal(mod.getItem('__package__'), 'pkg');
  assert.equal(mod.has('__loader__'), true);
  assert.throws(() => mod.getItem('__spec__'), (e) => e.$cls.__name__ === 'TypeError');
});

test('locals() holds the bound variables only', () => {
  const d = functionLocals(['a', 'b'], [1, UNBOUND]);
  assert.equal(d.has('a'), true);
  assert.equal(d.has('b'), false);
});
