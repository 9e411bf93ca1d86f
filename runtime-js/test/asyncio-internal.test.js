import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { typeOf } from '../src/types/type.js';
import { getattr } from '../src/internals/attribute.js';
import { call } from '../src/internals/call.js';
import { floatValue } from '../src/types/float.js';
import { makeAsyncGenerator, asyncGenYield, closeAsyncTemp, setAsyncGenHooks } from '../src/internals/coroutine.js';
import { makeClass } from '../src/types/object.js';
import { AttrDict } from '../src/types/type.js';
import { Exception, TimeoutError } from '../src/types/exceptions.js';
import { _taipan_asyncio } from '../src/modules/asyncio-internal.js';

const method = (obj, name, ...args) => call(getattr(obj, name), ...args);
const fn = (name) => _taipan_asyncio.$d[name];

function agen(log) {
  return makeAsyncGenerator((function* () {
    try {
      yield asyncGenYield(1);
      yield asyncGenYield(2);
    } finally {
      log.push('finally');
    }
  })(), 'agen', 'agen');
}

/** Advances an awaitable by hand, as a task's send(None) would, to its StopIteration value. */
function drive(aw) {
  try {
    method(aw, 'send', undefined);
  } catch (e) {
    assert.equal(typeOf(e).__name__, 'StopIteration');
    return e.$args.items[0];
  }
  assert.fail('the awaitable suspended');
}

test('the first iteration calls firstiter; a dropped unfinished generator goes to the finalizer, not closed in place', () => {
  const log = [];
  const seen = [];
  const g = agen(log);
  setAsyncGenHooks((x) => seen.push(['first', x]), (x) => seen.push(['final', x]));
  try {
    assert.equal(drive(method(g, '__anext__')), 1);
    assert.equal(drive(method(g, '__anext__')), 2);
    closeAsyncTemp(g);
  } finally {
    setAsyncGenHooks(undefined, undefined);
  }
  assert.deepEqual(seen, [['first', g], ['final', g]]);
  assert.deepEqual(log, []);
});

test('without hooks a dropped generator is closed at once; a generator first iterated without hooks keeps none', () => {
  const log = [];
  const g = agen(log);
  assert.equal(drive(method(g, '__anext__')), 1);
  const seen = [];
  setAsyncGenHooks((x) => seen.push(x), (x) => seen.push(x));
  try {
    closeAsyncTemp(g);
  } finally {
    setAsyncGenHooks(undefined, undefined);
  }
  assert.deepEqual(log, ['finally']);
  assert.deepEqual(seen, []);
});

test('the clock is a non-decreasing float and blocking for zero seconds returns', () => {
  const a = floatValue(call(fn('monotonic')));
  call(fn('block'), 0);
  call(fn('block'), 0.0001);
  const b = floatValue(call(fn('monotonic')));
  assert.equal(typeof a, 'number');
  assert.ok(b >= a);
  assert.equal(fn('TimeoutError'), TimeoutError);
});

test('a class body that assigns __module__ names the class with it', () => {
  const ns = new AttrDict();
  ns.__module__ = 'asyncio.exceptions';
  const cls = makeClass('CancelledError', [Exception], ns, 'CancelledError', 'asyncio');
  assert.equal(cls.__module__, 'asyncio.exceptions');
  const plain = makeClass('Plain', [Exception], new AttrDict(), 'Plain', 'asyncio');
  assert.equal(plain.__module__, 'asyncio');
});
