import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MersenneTwister, keyOfInt } from '../src/internals/mt19937.js';
import { sha512 } from '../src/internals/sha512.js';

// Expected values printed by CPython 3.11 (random.Random(seed), hashlib.sha512).
function seeded(n) {
  const g = new MersenneTwister();
  g.initByArray(keyOfInt(n));
  return g;
}

test('seeding from an int and drawing follow _randommodule.c', () => {
  const g = seeded(42);
  assert.deepEqual([g.getrandbits(32), g.getrandbits(32), g.getrandbits(32)], [2746317213, 478163327, 107420369]);
  assert.equal(g.random(), 0.7415504997598329);
  assert.equal(g.getrandbits(64), 4117511471858006928n);
  assert.equal(g.getrandbits(1), 0);
  assert.equal(seeded(0).random(), 0.8444218515250481);
});

test('a big int seeds from its 32-bit words, least significant first', () => {
  assert.deepEqual(keyOfInt(0), [0]);
  assert.deepEqual(keyOfInt(2 ** 32 + 5), [5, 1]);
  assert.deepEqual(keyOfInt(2n ** 64n), [0, 0, 1]);
  const g = seeded(2n ** 100n);
  assert.deepEqual([g.mt[0], g.mt[1], g.mt[2], g.index], [2147483648, 1263684736, 360048318, 624]);
});

test('getrandbits returns a safe int as a number and a larger one as a bigint', () => {
  const g = seeded(1);
  assert.equal(g.getrandbits(0), 0);
  assert.equal(typeof g.getrandbits(53), 'number');
  assert.equal(typeof g.getrandbits(54), 'bigint');
});

const hex = (u) => Buffer.from(u).toString('hex');

test('sha512 matches hashlib', () => {
  assert.equal(hex(sha512(new TextEncoder().encode('abc'))),
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
  const data = new Uint8Array(768).map((_, i) => i % 256);
  assert.equal(hex(sha512(data)),
    'f1721f49518ee462a3d81def26d81037cd474b4254b85ad7c8f1509594d0177bbb996ee9625813852bacac108c2a72c83a8587050fec1dcda64730d6470953e6');
  assert.equal(hex(sha512(new Uint8Array(0))).slice(0, 16), 'cf83e1357eefb8bd');
});
