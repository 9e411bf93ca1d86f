import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { binaryOp } from '../src/internals/operators.js';
import { makeTuple } from '../src/types/tuple.js';
import { str } from '../src/internals/protocols.js';

function message(f) {
  try {
    f();
  } catch (e) {
    return str(e);
  }
  return 'no error';
}

test('a sequence times another built-in sequence fails in sq_repeat, as CPython words it', () => {
  assert.equal(message(() => binaryOp('mul', makeTuple([1]), [1])), "can't multiply sequence by non-int of type 'list'");
  assert.equal(message(() => binaryOp('mul', [1], 'ab')), "can't multiply sequence by non-int of type 'str'");
  assert.equal(message(() => binaryOp('mul', 'ab', makeTuple([]))), "can't multiply sequence by non-int of type 'tuple'");
  assert.deepEqual(binaryOp('mul', [1], 2), [1, 1]);
  assert.equal(binaryOp('mul', 3, 'ab'), 'ababab');
});
