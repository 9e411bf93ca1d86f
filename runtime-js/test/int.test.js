import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as int from '../src/types/int.js';
import { intRepr } from '../src/internals/int-repr.js';
import { runGolden } from './golden/golden.js';

runGolden('int', { ...int, intRepr });

test('toInt normalises bigints and bools', () => {
  assert.equal(int.toInt(5n), 5);
  assert.equal(int.toInt(2n ** 60n), 2n ** 60n);
  assert.equal(int.toInt(true), 1);
});
