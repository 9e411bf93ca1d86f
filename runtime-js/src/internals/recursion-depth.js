// CPython's recursion limit (sys.setrecursionlimit): every Python function the codegen emits
// counts itself in `depth.n` while it runs, in a prologue and a `finally` (or, where no Python
// code of the frame can run after its return value is computed, in each `return` and in a
// `catch` that rethrows: codegen UncountOnReturn), so a RecursionError comes at CPython's depth,
// not when the JS stack happens to overflow. The entry module's frame counts as one, as
// CPython's `<module>` frame does.

import { pyError } from './errors.js';

export const depth = { n: 1, limit: 1000 };

/**
 * Raised by a function whose call would exceed the limit: the call is undone and the error's
 * traceback holds every frame below it.
 */
export function overflow() {
  depth.n--;
  const e = recursionError('', overflow);
  // The top frame is the one whose call failed: CPython never runs it, so it is not shown.
  e.$stack = e.$stack.replace(/\n\s*at [^\n]*/, '');
  throw e;
}

/** A RecursionError whose recorded stack reaches the program's start, however deep it is. */
export function recursionError(extra, below) {
  const e = pyError('RecursionError', 'maximum recursion depth exceeded' + extra);
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  const holder = {};
  Error.captureStackTrace(holder, below);
  e.$stack = holder.stack;
  Error.stackTraceLimit = saved;
  return e;
}

/** A class body: CPython counts the `__build_class__` builtin's call, then the body's frame. */
export function overflowClass() {
  depth.n -= 2;
  const e = recursionError(depth.n + 1 > depth.limit ? ' while calling a Python object' : '', overflowClass);
  e.$stack = e.$stack.replace(/\n\s*at [^\n]*/, '');
  throw e;
}

/**
 * One of CPython's C-level recursion checks (a builtin's call: " while calling a Python object";
 * PyObject_Repr: " while getting the repr of an object", ...), so a builtin that calls back into
 * Python costs what it costs in CPython. Paired with `leave()` in a `finally`.
 */
export function enter(suffix) {
  if (++depth.n > depth.limit) {
    depth.n--;
    throw recursionError(suffix, enter);
  }
}

export function leave() {
  depth.n--;
}

export const CALLING = ' while calling a Python object';
