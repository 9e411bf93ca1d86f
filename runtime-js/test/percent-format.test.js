import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentFormat } from '../src/internals/percent-format.js';
import { strAscii } from '../src/types/str.js';
import { pyRepr, pyStr } from './golden/golden.js';
import { runGolden } from './golden/golden.js';

const hooks = {
  str: pyStr,
  repr: pyRepr,
  ascii: (v) => (typeof v === 'string' ? strAscii(v) : pyRepr(v)),
  isMapping: (v) => v instanceof Map || Array.isArray(v),
  getItem: (m, k) => {
    if (Array.isArray(m)) throw Object.assign(new Error('list indices must be integers or slices, not str'), { pyTypeName: 'TypeError' });
    if (!m.has(k)) throw Object.assign(new Error(k), { pyTypeName: 'KeyError' });
    return m.get(k);
  },
};

runGolden('percent-format', { percent: (fmt, args) => percentFormat(fmt, args, hooks) });

test('%-formatting of floats rounds half to even on the exact value', () => {
  assert.equal(percentFormat('%.2f', 2.675, hooks), '2.67');
  assert.equal(percentFormat('%.9f', 0.1, hooks), '0.100000000');
});
