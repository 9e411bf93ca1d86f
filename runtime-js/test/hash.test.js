import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashInt, hashFloat, hashStr, hashTuple } from '../src/internals/hash.js';
import { Tuple } from '../src/types/tuple.js';
import { runGolden } from './golden/golden.js';

function hashAny(v) {
  if (typeof v === 'number' && !Number.isInteger(v)) return hashFloat(v);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return hashInt(v);
  if (v instanceof Tuple) return hashTuple(v.items.map(hashAny));
  return hashFloat(v);
}

// CPython 3.11 hashes NaN by object identity; the runtime hashes every NaN to 0.
runGolden('hash', { hashInt, hashFloat, hashTuple: hashAny }, { filter: (c) => c.args[0]?.float !== 'nan' });

test('equal numbers hash alike and tuples depend on order', () => {
  assert.equal(hashFloat(1), hashInt(1));
  assert.equal(hashInt(true), hashInt(1));
  assert.notEqual(hashTuple([1, 2]), hashTuple([2, 1]));
  assert.equal(hashStr('abc'), hashStr('ab' + 'c'));
  assert.notEqual(hashStr('abc'), -1);
});
