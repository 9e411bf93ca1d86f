// `_taipan_asyncio`: what the `asyncio` module (compiled from its Python source, compiler
// resources dev/taipan/stdlib/asyncio.py) cannot express in Python: the monotonic clock,
// blocking the thread until the next timer's deadline (a transpiled program is synchronous, so
// the loop's wait is a real wait, as CPython's selector's is, and elapsed time stays observable),
// the default exception handler's log on stderr, and sys.set_asyncgen_hooks. Not importable by
// user programs: the router does not provide it.

import { AttrDict } from '../types/type.js';
import { PyModule } from '../internals/attribute.js';
import { makeFloat } from '../types/float.js';
import { toDouble } from '../internals/arith.js';
import { writeStderr } from '../internals/stdio.js';
import { formatException } from '../internals/traceback.js';
import { setAsyncGenHooks } from '../internals/coroutine.js';
import { TimeoutError } from '../types/exceptions.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** time.monotonic(): seconds as a float. */
function monotonic() {
  return makeFloat(Number(process.hrtime.bigint()) / 1e9);
}

/** Blocks the thread for `seconds` (an int or a float), or forever for None. */
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

/** The default exception handler's log record: its message, then the exception's traceback. */
function report(message, exc) {
  writeStderr(message + '\n' + (exc === undefined || exc === null ? '' : formatException(exc)));
}

/** sys.set_asyncgen_hooks(firstiter, finalizer), None clearing a hook. */
function set_asyncgen_hooks(firstiter, finalizer) {
  setAsyncGenHooks(firstiter, finalizer);
}

const attrs = new AttrDict();
Object.assign(attrs, { monotonic, block, report, set_asyncgen_hooks, TimeoutError });

/** The module object for `import _taipan_asyncio` in asyncio's Python source. */
export const _taipan_asyncio = new PyModule('_taipan_asyncio', attrs);
