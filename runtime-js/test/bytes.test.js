import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as bytes from '../src/types/bytes.js';
import { runGolden } from './golden/golden.js';

const toArray = (b) => new bytes.PyByteArray(b.data.slice());
runGolden('bytes', { ...bytes, bytearrayRepr: (b) => bytes.bytesRepr(toArray(b)) });

test('bytearray repr wraps the bytes literal', () => {
  assert.equal(bytes.bytesRepr(toArray(bytes.bytesFromInts([97, 0]))), "bytearray(b'a\\x00')");
});

test('bytes methods and operators through the object model', async () => {
  await import('../src/internals/startup.js');
  const { callMethod } = await import('../src/internals/attribute.js');
  const { repr } = await import('../src/internals/protocols.js');
  const { add, mul, mod } = await import('../src/internals/arith.js');
  const { contains } = await import('../src/internals/subscript.js');
  const b = bytes.bytesLiteral;
  // Expected values are CPython 3.11's.
  assert.equal(repr(callMethod(b('  a b\x85 c  '), 'split')), "[b'a', b'b\\x85', b'c']");
  assert.equal(repr(callMethod(b('\xe9a'), 'upper')), "b'\\xe9A'");
  assert.equal(repr(callMethod(b('banana'), 'replace', b('a'), b('o'), 2)), "b'bonona'");
  assert.equal(callMethod(b('banana'), 'find', 110), 2);
  assert.equal(repr(add(b('a'), b('b'))), "b'ab'");
  assert.equal(repr(mul(3, b('ab'))), "b'ababab'");
  assert.equal(repr(mod(b('%s=%d %c'), (await import('../src/types/tuple.js')).makeTuple([b('k'), 5, 97]))), "b'k=5 a'");
  assert.equal(contains(b('hello'), b('ell')), true);
  assert.throws(() => callMethod(b('a'), 'upper', 1), (e) => repr(e) === 'TypeError(\'bytes.upper() takes no arguments (1 given)\')');
});
