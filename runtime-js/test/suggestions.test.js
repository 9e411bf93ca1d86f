// CPython 3.11's "Did you mean" suggestion (internals/suggestions.js) against what its default
// excepthook prints for the same wrong name and candidates (test/golden/suggestions.py).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { suggestion } from '../src/internals/suggestions.js';

const cases = JSON.parse(readFileSync(new URL('./golden/suggestions.json', import.meta.url), 'utf8'));

test('the suggestion for a wrong name is the one CPython prints', () => {
  const wrong = [];
  for (const [name, candidates, expected] of cases) {
    const got = suggestion(candidates, name) ?? null;
    if (got !== expected) wrong.push(`${name} in ${candidates.length} names: ${got} != ${expected}`);
  }
  assert.deepEqual(wrong, []);
});
