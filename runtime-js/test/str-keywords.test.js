import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { getattr } from '../src/internals/attribute.js';
import { callKw } from '../src/internals/call.js';
import { str as pyStr } from '../src/internals/protocols.js';
import { typeOf } from '../src/types/type.js';

// The str methods that take keyword arguments bind them by their JS parameter names, read on
// the first keyword call (types/scalars.js); the others refuse them, as CPython 3.11 does.
const CASES = [
  ['a b c', 'split', [], ['maxsplit'], [1], ['a', 'b c']],
  ['a b c', 'split', [], ['maxsplit'], [0], ['a b c']],
  ['a,b,c', 'rsplit', [], ['sep', 'maxsplit'], [',', 1], ['a,b', 'c']],
  ['a\nb\n', 'splitlines', [], ['keepends'], [true], ['a\n', 'b\n']],
  ['a\tb', 'expandtabs', [], ['tabsize'], [4], 'a   b'],
];

for (const [s, name, args, names, values, expected] of CASES) {
  test(`'${s}'.${name}(${names.join(', ')}=...) binds by name`, () => {
    for (let i = 0; i < 2; i++) {
      const got = callKw(getattr(s, name), args, names, values);
      assert.deepEqual(Array.isArray(got) ? [...got] : got, expected);
    }
  });
}

// CPython 3.11's TypeError messages, on the first and later calls.
const ERRORS = [
  ['split', [], ['limit'], [1], "'limit' is an invalid keyword argument for split()"],
  ['split', [' '], ['sep'], [' '], "argument for split() given by name ('sep') and position (1)"],
  ['strip', [], ['chars'], ['x'], 'str.strip() takes no keyword arguments'],
  ['count', [], ['sub'], ['a'], 'count() takes no keyword arguments'],
];

for (const [name, args, names, values, message] of ERRORS) {
  test(`'a b'.${name}(${names.join(', ')}=...) raises TypeError: ${message}`, () => {
    for (let i = 0; i < 2; i++) {
      assert.throws(() => callKw(getattr('a b', name), args, names, values), (e) =>
        typeOf(e).__name__ === 'TypeError' && pyStr(e) === message);
    }
  });
}
