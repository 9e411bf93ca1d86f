import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactLog, exactExp, exactSin, exactCos, exactAcos, exactPow } from '../src/internals/exact-libm.js';

// Correctly rounded references from golden/exact_libm.py (decimal at 60 digits).
const cases = JSON.parse(readFileSync(new URL('./golden/exact-libm.json', import.meta.url)));
const fns = { log: exactLog, exp: exactExp, sin: exactSin, cos: exactCos, acos: exactAcos, pow: exactPow };

/** float.fromhex for the hex strings of float.hex(). */
function fromHex(h) {
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(h);
  if (m === null) return h.startsWith('-') ? -0 : 0;
  const mant = BigInt('0x' + m[2] + m[3]);
  const exp = Number(m[4]) - 4 * m[3].length;
  const v = exp >= -1074 ? Number(mant) * 2 ** exp : Number(mant) * 2 ** (exp + 600) * 2 ** -600;
  return m[1] ? -v : v;
}

test('log, exp, sin, cos, acos and pow round correctly', () => {
  assert.ok(cases.length > 1500);
  for (const c of cases) {
    const args = c.slice(1, -1).map(fromHex);
    const got = fns[c[0]](...args);
    assert.equal(got, fromHex(c[c.length - 1]), `${c[0]}(${c.slice(1, -1).join(', ')})`);
  }
});

test('out-of-range arguments are left to the caller', () => {
  assert.equal(exactLog(0), undefined);
  assert.equal(exactLog(-1), undefined);
  assert.equal(exactLog(5e-324), undefined);
  assert.equal(exactExp(NaN), undefined);
  assert.equal(exactExp(710), Infinity);
  assert.equal(exactExp(-746), 0);
  assert.equal(exactSin(Infinity), undefined);
  assert.equal(exactCos(NaN), undefined);
  assert.equal(exactAcos(1.5), undefined);
  assert.equal(exactPow(-2, 0.5), undefined);
  assert.equal(exactLog(1), 0);
  assert.equal(exactAcos(1), 0);
  assert.equal(exactAcos(-1), Math.PI);
});
