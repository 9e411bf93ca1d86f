import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PairIndex } from '../src/internals/pair-index.js';

// A seeded LCG, so the operation sequence is the same on every run.
function lcg(seed) {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
}

test('agrees with a Map through random sets, gets and deletes, across growth', () => {
  const next = lcg(7);
  const index = new PairIndex();
  const model = new Map();
  for (let step = 0; step < 200000; step++) {
    const r = next();
    // few distinct codes, so deletes hit and probe chains form; top codes too
    const code = r % 3 === 0 ? (next() % 4000) : (2 ** 30 - 1 - (next() % 2000));
    switch (next() % 4) {
      case 0:
      case 1:
        index.set(code, step);
        model.set(code, step);
        break;
      case 2:
        index.delete(code);
        model.delete(code);
        break;
      default:
        assert.equal(index.get(code), model.has(code) ? model.get(code) : -1);
    }
  }
  assert.equal(index.size, model.size);
  for (const [code, p] of model) assert.equal(index.get(code), p);
  assert.deepEqual(index.values().sort((a, b) => a - b), [...model.values()].sort((a, b) => a - b));
});

test('codes sharing a home slot are all found after deleting one of them', () => {
  const index = new PairIndex();
  const home = index.home(5);
  const same = [];
  for (let c = 0; same.length < 5; c++) if (index.home(c) === home) same.push(c);
  same.forEach((c, i) => index.set(c, i));
  index.delete(same[1]);
  assert.equal(index.get(same[1]), -1);
  same.forEach((c, i) => { if (i !== 1) assert.equal(index.get(c), i); });
  index.delete(12345);
  assert.equal(index.size, 4);
});
