import { test } from 'node:test';
import assert from 'node:assert/strict';
import { floatInfo, intInfo } from '../src/modules/sys.js';
import { repr } from '../src/internals/protocols.js';
import { getattr } from '../src/internals/attribute.js';
import { floatValue } from '../src/types/float.js';

test('sys.float_info is a tuple whose items are read by name too', () => {
  assert.equal(floatValue(getattr(floatInfo, 'epsilon')), 2 ** -52);
  assert.equal(floatValue(getattr(floatInfo, 'max')), Number.MAX_VALUE);
  assert.equal(getattr(floatInfo, 'mant_dig'), floatInfo.items[7]);
  assert.ok(repr(floatInfo).startsWith('sys.float_info(max=1.7976931348623157e+308, max_exp=1024, '));
  assert.equal(repr(intInfo),
    'sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)');
});
