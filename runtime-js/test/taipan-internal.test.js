import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { call } from '../src/internals/call.js';
import { makeTuple } from '../src/types/tuple.js';
import { makeGenerator } from '../src/internals/iteration.js';
import { typeOf } from '../src/types/type.js';
import { _taipan } from '../src/modules/taipan-internal.js';
import { _taipan_os } from '../src/modules/os-internal.js';
import { instanceGet } from '../src/internals/instance-attrs.js';

const fn = (name) => _taipan.$d[name];

function typeError(f) {
  try {
    f();
  } catch (e) {
    assert.equal(typeOf(e).__name__, 'TypeError');
    return e.$args.items[0];
  }
  assert.fail('no TypeError');
}

test('signed_function binds as its signature says and passes every slot to the implementation', () => {
  const seen = [];
  const impl = (...args) => { seen.push(args); };
  const f = call(fn('signed_function'), impl, 'P.__init__', makeTuple(['self', 'x', 'y', '*', 'k']),
    makeTuple([7]), makeTuple([makeTuple(['k', 'kd'])]), 'm');
  call(f, 'S', 1);
  assert.deepEqual(seen.pop(), ['S', 1, 7, 'kd']);
  assert.equal(f.__qualname__, 'P.__init__');
  assert.equal(f.__name__, '__init__');
  assert.equal(typeError(() => call(f, 'S')), "P.__init__() missing 1 required positional argument: 'x'");
  assert.equal(typeError(() => call(f, 'S', 1, 2, 3)), 'P.__init__() takes from 2 to 3 positional arguments but 4 were given');
});

test('frame_state reports a generator created, suspended and closed', () => {
  const g = makeGenerator((function* () { yield 1; })(), 'g', 'g');
  assert.equal(call(fn('frame_state'), g), 0);
  g.next();
  assert.equal(call(fn('frame_state'), g), 2);
  g.next();
  assert.equal(call(fn('frame_state'), g), 3);
  assert.equal(call(fn('frame_state'), 5), undefined);
});

test('local_offset is whole seconds east of UTC, never -0', () => {
  const off = call(fn('local_offset'), 0);
  assert.ok(Number.isInteger(off) && !Object.is(off, -0));
  assert.equal(off, -new Date(0).getTimezoneOffset() * 60 || 0);
});

test('the os host raises OSError subclasses with errno, strerror and filenames', () => {
  const os = (name) => _taipan_os.$d[name];
  assert.equal(call(os('kind'), '/definitely/not/here'), undefined);
  assert.equal(call(os('kind'), '/'), 'dir');
  try {
    call(os('rename'), '/definitely/not/a', '/definitely/not/b');
    assert.fail('no error');
  } catch (e) {
    assert.equal(typeOf(e).__name__, 'FileNotFoundError');
    assert.equal(instanceGet(e, 'errno'), 2);
    assert.equal(instanceGet(e, 'filename2'), '/definitely/not/b');
  }
  try {
    call(os('unlink'), 'a\0b');
    assert.fail('no error');
  } catch (e) {
    assert.equal(typeOf(e).__name__, 'ValueError');
  }
});
