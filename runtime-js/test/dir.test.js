import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import '../src/types/builtin-own-attrs.js';
import { builtins } from '../src/modules/builtins-module.js';
import { dir, scopeDir } from '../src/builtins/dir.js';
import { builtinDirNames, builtinDirEntries } from '../src/internals/builtin-dir-names.js';
import { PyType, typeOf } from '../src/types/type.js';
import { getattr } from '../src/internals/attribute.js';
import { prepareClass, makeClass } from '../src/types/class-creation.js';
import { functionLocals } from '../src/internals/module-globals.js';

// The names CPython lists for a built-in class that the runtime does not implement: dir() shows
// them (it answers CPython's listing), reading one raises AttributeError. Kept exact in both
// directions, so implementing a name (or losing one) updates this list and docs/conformance.md.
const NOT_IMPLEMENTED = {
  'builtins.BaseException': ['__setstate__'],
  'builtins.ExceptionGroup': ['__weakref__'],
  'builtins.NotImplementedType': ['__bool__'],
  'builtins.OSError': ['characters_written'],
  'builtins.UnicodeDecodeError': ['encoding', 'object', 'start', 'end', 'reason'],
  'builtins.UnicodeEncodeError': ['encoding', 'object', 'start', 'end', 'reason'],
  'builtins.builtin_function_or_method': ['__self__'],
  'builtins.classmethod': ['__wrapped__', '__isabstractmethod__'],
  'builtins.module': ['__annotations__'],
  'builtins.property': ['__set_name__', '__isabstractmethod__'],
  'builtins.reversed': ['__length_hint__', '__setstate__'],
  'builtins.staticmethod': ['__wrapped__', '__isabstractmethod__'],
  'builtins.super': ['__get__', '__thisclass__', '__self__', '__self_class__'],
  // AttributeError in CPython too.
  'builtins.type': ['__abstractmethods__', '__annotations__'],
  'builtins.zip': ['__setstate__'],
};

// The names whose CPython value is a fact of its C structures: reading one raises
// NotImplementedError (types/builtin-own-attrs.js).
const REFUSED = {
  'builtins.type': ['__basicsize__', '__itemsize__', '__flags__', '__weakrefoffset__', '__dictoffset__'],
};

/** The runtime's built-in classes, by `module.qualname`. */
function runtimeClasses() {
  const found = new Map();
  const add = (t) => {
    if (t instanceof PyType) for (const c of t.$mro) found.set(`${c.__module__}.${c.__qualname__}`, c);
  };
  for (const k in builtins.$d) add(builtins.$d[k]);
  for (const v of [undefined, builtins.$d.NotImplemented, builtins.$d.Ellipsis, builtins.$d.print, builtins]) add(typeOf(v));
  return found;
}

test('every name CPython lists for a built-in class is readable on it, except the known ones', () => {
  const classes = runtimeClasses();
  const missing = {};
  const refused = {};
  for (const [key, names] of builtinDirEntries()) {
    const cls = classes.get(key);
    if (cls === undefined) continue;
    for (const name of names) {
      try {
        getattr(cls, name);
      } catch (e) {
        const into = e.$cls.__name__ === 'NotImplementedError' ? refused : missing;
        (into[key] ||= []).push(name);
      }
    }
  }
  assert.deepEqual(missing, NOT_IMPLEMENTED);
  assert.deepEqual(refused, REFUSED);
});

test("dir() of a class made by a class statement merges its namespace with object's", () => {
  const ns = prepareClass('C', [], null, '__main__', 'C');
  ns.x = 1;
  const C = makeClass('C', [], ns, 'C', '__main__', null);
  const names = dir(C);
  assert.deepEqual(names.filter((n) => !n.startsWith('__')), ['x']);
  for (const n of builtinDirNames('builtins.object')) assert.ok(names.includes(n), n);
  assert.ok(names.includes('__dict__') && names.includes('__weakref__') && names.includes('__module__'));
  assert.deepEqual(names, [...names].sort());
});

test('dir() of built-in values answers CPython listing, sorted', () => {
  const table = [
    [5, 'builtins.int'],
    ['s', 'builtins.str'],
    [undefined, 'builtins.NoneType'],
  ];
  for (const [value, key] of table) {
    const expected = new Set([...builtinDirNames(key), ...builtinDirNames('builtins.object')]);
    assert.deepEqual(dir(value), [...expected].sort(), key);
  }
});

test('dir() without an argument sorts the names the compiler passes, bound ones only', () => {
  assert.deepEqual(scopeDir(functionLocals(['q', 'p', 'r'], [1, 2, undefined])), ['p', 'q', 'r']);
  assert.deepEqual(scopeDir({ b: 1, a: 2 }), ['a', 'b']);
});

test("a built-in class's namespace holds no name CPython 3.11's lacks, except the known ones", () => {
  const extra = {};
  for (const [key, cls] of runtimeClasses()) {
    const table = builtinDirNames(key);
    const names = Object.keys(cls.$dict).filter((n) => !n.startsWith('$') && !table.includes(n));
    if (names.length) extra[key] = names;
  }
  assert.deepEqual(extra, {});
});

test("the built-in names table answers only its own keys, parsed once", () => {
  assert.equal(builtinDirNames('toString'), undefined);
  assert.equal(builtinDirNames('__proto__'), undefined);
  assert.equal(builtinDirNames('builtins.nosuchclass'), undefined);
  assert.deepEqual(builtinDirNames('builtins.object').slice(0, 3), ['__new__', '__repr__', '__hash__']);
  assert.equal(builtinDirNames('builtins.int'), builtinDirNames('builtins.int'));
});
