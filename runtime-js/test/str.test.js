import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as str from '../src/types/str.js';
import { makeTuple } from '../src/types/tuple.js';
import { runGolden } from './golden/golden.js';

const ops = {
  strRepr: str.strRepr,
  strAscii: str.strAscii,
  strLen: str.strLen,
  strGetItem: str.strGetItem,
  strSlice: str.strSlice,
  strIter: (s) => Array.from(str.strIter(s)),
  strContains: str.strContains,
  strMul: str.strMul,
  strCompare: str.strCompare,
  maketrans: (...a) => str.strMaketrans(...a).map((e) => makeTuple(e)),
};
for (const [name, fn] of Object.entries(str)) {
  if (name.startsWith('strMethod_')) ops[name.slice('strMethod_'.length)] = fn;
}

// JavaScript's Unicode tables are newer than CPython 3.11's (Unicode 14): characters
// assigned since then are left out of the comparison.
runGolden('str', ops);

test('astral characters count once', () => {
  assert.equal(str.strLen('😀x😀'), 3);
  assert.equal(str.strGetItem('😀x😀', 2), '😀');
  assert.equal(str.strSlice('😀x😀', undefined, undefined, -1), '😀x😀');
  assert.throws(() => str.strGetItem('abc', 3), (e) => e.pyTypeName === 'IndexError' && e.message === 'string index out of range');
});
