import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../src/internals/startup.js';
import { typeOf } from '../src/types/type.js';
import { getattr } from '../src/internals/attribute.js';
import { call } from '../src/internals/call.js';
import { pyError } from '../src/internals/errors.js';
import {
  makeCoroutine, makeAsyncGenerator, awaitValue, asyncGenYield, aiterOf, asyncNext, ASYNC_DONE, runCoroutine,
} from '../src/internals/coroutine.js';

const method = (obj, name, ...args) => call(getattr(obj, name), ...args);
const pyName = (e) => typeOf(e).__name__;
const message = (e) => e.$args.items[0];

function stopValue(f) {
  try {
    f();
  } catch (e) {
    assert.equal(pyName(e), 'StopIteration');
    return e.$args.items[0];
  }
  assert.fail('expected StopIteration');
}

test('a coroutine does not run until sent None, then returns through StopIteration', () => {
  const log = [];
  const coro = makeCoroutine((function* () { log.push('ran'); return 42; })(), 'f', 'f');
  assert.equal(pyName(coro), 'coroutine');
  assert.deepEqual(log, []);
  assert.equal(stopValue(() => method(coro, 'send', undefined)), 42);
  assert.deepEqual(log, ['ran']);
  assert.throws(() => method(coro, 'send', undefined), (e) => message(e) === 'cannot reuse already awaited coroutine');
});

test('await delegates sends to the awaited coroutine and returns its value', () => {
  const inner = makeCoroutine((function* () { const v = yield 'suspended'; return v * 2; })(), 'inner', 'inner');
  const outer = makeCoroutine((function* () { return 1 + (yield* awaitValue(inner)); })(), 'outer', 'outer');
  assert.equal(method(outer, 'send', undefined), 'suspended');
  assert.equal(stopValue(() => method(outer, 'send', 20)), 41);
});

test('awaiting a non-awaitable raises CPython\'s TypeError', () => {
  const coro = makeCoroutine((function* () { return yield* awaitValue(5); })(), 'f', 'f');
  assert.throws(() => method(coro, 'send', undefined),
    (e) => pyName(e) === 'TypeError' && message(e) === "object int can't be used in 'await' expression");
});

test('throw() reaches the innermost awaited coroutine; close() runs its finally', () => {
  const log = [];
  const inner = makeCoroutine((function* () {
    try { yield 'x'; } finally { log.push('inner finally'); }
  })(), 'inner', 'inner');
  const outer = makeCoroutine((function* () { yield* awaitValue(inner); })(), 'outer', 'outer');
  method(outer, 'send', undefined);
  method(outer, 'close');
  assert.deepEqual(log, ['inner finally']);
});

test('runCoroutine resumes the coroutine with each awaited thenable\'s value', async () => {
  const coro = makeCoroutine((function* () {
    const a = yield* awaitValue(Promise.resolve(2));
    const b = yield* awaitValue(new Promise((resolve) => setTimeout(() => resolve(3), 1)));
    yield undefined; // a bare suspension: resumed on a later macrotask
    return a * b;
  })(), 'main', 'main');
  assert.equal(await runCoroutine(coro), 6);
});

test('a rejected thenable is thrown into the coroutine where Python can catch it', async () => {
  const coro = makeCoroutine((function* () {
    try {
      yield* awaitValue(Promise.reject(pyError('ValueError', 'bad')));
    } catch (e) {
      return 'caught ' + message(e);
    }
  })(), 'main', 'main');
  assert.equal(await runCoroutine(coro), 'caught bad');
});

test('runCoroutine rejects with the exception the coroutine raised, and with JS errors', async () => {
  const failing = makeCoroutine((function* () { throw pyError('KeyError', 'k'); })(), 'f', 'f');
  await assert.rejects(runCoroutine(failing), (e) => pyName(e) === 'KeyError');
  const log = [];
  const jsError = new Error('from JS');
  const coro = makeCoroutine((function* () {
    try { yield* awaitValue(Promise.reject(jsError)); } finally { log.push('finally'); }
  })(), 'g', 'g');
  await assert.rejects(runCoroutine(coro), (e) => e === jsError);
  assert.deepEqual(log, ['finally']);
});

test('async for over an async generator that awaits promises', async () => {
  const agen = makeAsyncGenerator((function* () {
    for (let i = 0; i < 3; i++) {
      const v = yield* awaitValue(Promise.resolve(i * 10));
      yield asyncGenYield(v);
    }
  })(), 'agen', 'agen');
  assert.equal(pyName(agen), 'async_generator');
  const coro = makeCoroutine((function* () {
    const out = [];
    for (const it = aiterOf(agen); ;) {
      const x = yield* asyncNext(it);
      if (x === ASYNC_DONE) break;
      out.push(x);
    }
    return out;
  })(), 'main', 'main');
  assert.deepEqual(await runCoroutine(coro), [0, 10, 20]);
});

test('an async generator\'s awaitables: asend sends, a finished generator raises StopAsyncIteration', () => {
  const agen = makeAsyncGenerator((function* () { const got = yield asyncGenYield(1); yield asyncGenYield(got); })(), 'g', 'g');
  assert.equal(stopValue(() => method(method(agen, '__anext__'), 'send', undefined)), 1);
  assert.equal(stopValue(() => method(method(agen, 'asend', 'hello'), 'send', undefined)), 'hello');
  assert.throws(() => method(method(agen, '__anext__'), 'send', undefined), (e) => pyName(e) === 'StopAsyncIteration');
  assert.equal(stopValue(() => method(method(agen, 'aclose'), 'send', undefined)), undefined);
});
