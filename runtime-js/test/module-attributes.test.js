import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { UNBOUND } from '../src/internals/names.js';
import { makeModule, importFrom, delattr, setattr, getattr } from '../src/internals/attribute.js';
import { callerOf } from '../src/internals/call.js';

function module(file) {
  let f = 1;
  const m = makeModule('pkg.mod', { get f() { return f; }, set f(v) { f = v; } }, file);
  return { m, f: () => f };
}

test('del module.name unbinds a global through its accessor; a second del is AttributeError', () => {
  const { m, f } = module('/src/pkg/mod.py');
  delattr(m, 'f');
  assert.equal(f(), UNBOUND);
  assert.throws(() => getattr(m, 'f'), (e) => e.$cls.__name__ === 'AttributeError');
  assert.throws(() => delattr(m, 'f'), (e) => e.$cls.__name__ === 'AttributeError'
    && e.$args.items[0] === "'module' object has no attribute 'f'");
  setattr(m, 'extra', 2);
  delattr(m, 'extra');
  assert.throws(() => getattr(m, 'extra'), (e) => e.$cls.__name__ === 'AttributeError');
});

test('ImportError for a missing name names the module file, also in name and path', () => {
  const { m } = module('/src/pkg/./sub/../mod.py');
  assert.throws(() => importFrom(m, 'nope'), (e) => e.$cls.__name__ === 'ImportError'
    && e.$args.items[0] === "cannot import name 'nope' from 'pkg.mod' (/src/pkg/mod.py)"
    && e.$name === 'pkg.mod' && e.$path === '/src/pkg/mod.py');
  m.$loading = true;
  assert.throws(() => importFrom(m, 'nope'), (e) => e.$args.items[0]
    === "cannot import name 'nope' from partially initialized module 'pkg.mod' (most likely due to a circular import) (/src/pkg/mod.py)");
});

test('a relative module file is made absolute against the working directory', () => {
  const { m } = module('pkg/mod.py');
  assert.throws(() => importFrom(m, 'nope'), (e) => e.$path === `${process.cwd()}/pkg/mod.py`);
  const { m: unknown } = module(undefined);
  assert.throws(() => importFrom(unknown, 'nope'), (e) => e.$args.items[0].endsWith(' (unknown location)') && e.$path === undefined);
});

test('callerOf calls any callable generically', () => {
  assert.equal(callerOf((a, b) => a - b)(5, 3), 2);
  assert.throws(() => callerOf(3)(1), (e) => e.$cls.__name__ === 'TypeError' && e.$args.items[0] === "'int' object is not callable");
});
