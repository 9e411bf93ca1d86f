import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsName } from '../src/internals/js-name.js';

// A function's shown name drops the optimiser's module suffix (`$$` and a number) and only it.
const CASES = [
  ['len', 'len'],
  ['len$$12', 'len'],
  ['split$$0', 'split'],
  ['$$count', '$$count'],
  ['a$$b', 'a$$b'],
  ['x$$1y', 'x$$1y'],
  ['f$jscomp$1', 'f$jscomp$1'],
];

for (const [name, shown] of CASES) {
  test(`jsName of a function named ${name} is ${shown}`, () => {
    const f = function () {};
    Object.defineProperty(f, 'name', { value: name });
    assert.equal(jsName(f), shown);
  });
}
