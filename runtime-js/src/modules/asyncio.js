// `import asyncio`: the module compiled from runtime-js/stdlib/asyncio.py (asyncio-impl.js),
// with the few primitives Python source cannot express bound to its underscore globals: the
// monotonic clock, blocking the thread until the next timer (the program is synchronous, so
// waiting is a real wait, as CPython's selector does, and time stays observable), the default
// exception handler's log line on stderr, and the asynchronous-generator hooks.

import { $module } from './asyncio-impl.js';
import { makeFloat } from '../types/float.js';
import { writeStderr } from '../internals/stdio.js';
import { formatException } from '../internals/traceback.js';
import { setAsyncGenHooks } from '../internals/coroutine.js';
import { toDouble } from '../internals/arith.js';
import { TimeoutError } from '../types/exceptions.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function monotonic() {
  return makeFloat(Number(process.hrtime.bigint()) / 1e9);
}

/** Blocks the thread for `seconds` (a Python number), or forever for None. */
function block(seconds) {
  if (seconds === undefined || seconds === null) {
    for (;;) Atomics.wait(sleeper, 0, 0);
  }
  const ms = toDouble(seconds) * 1000;
  const until = performance.now() + ms;
  for (let left = ms; left > 0; left = until - performance.now()) {
    Atomics.wait(sleeper, 0, 0, left);
  }
}

function report(message, exc) {
  writeStderr(message + '\n' + (exc === undefined ? '' : formatException(exc)));
}

function setHooks(firstiter, finalizer) {
  setAsyncGenHooks(firstiter, finalizer);
}

const d = $module.$d;
d._monotonic = monotonic;
d._block = block;
d._report = report;
d._set_asyncgen_hooks = setHooks;
d.TimeoutError = TimeoutError;

/** The module object for `import asyncio`. */
export const asyncio = $module;
