import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatWithSpec } from '../src/internals/format-spec.js';
import { runGolden } from './golden/golden.js';

runGolden('format-spec', { format: formatWithSpec });

test('grouping pads with grouped zeros', () => {
  assert.equal(formatWithSpec(1234, '08,'), '0,001,234');
  assert.equal(formatWithSpec(10n ** 20n, ','), '100,000,000,000,000,000,000');
});
