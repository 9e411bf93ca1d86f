import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as bytes from '../src/types/bytes.js';
import { runGolden } from './golden/golden.js';

const toArray = (b) => new bytes.PyByteArray(b.data.slice());
runGolden('bytes', { ...bytes, bytearrayRepr: (b) => bytes.bytesRepr(toArray(b)) });

test('bytearray repr wraps the bytes literal', () => {
  assert.equal(bytes.bytesRepr(toArray(bytes.bytesFromInts([97, 0]))), "bytearray(b'a\\x00')");
});
