// The `with` statement: https://docs.python.org/3/reference/compound_stmts.html#the-with-statement
// `__enter__`/`__exit__` are looked up on the type; an exception in the body is passed to
// `__exit__`, which suppresses it by returning a true value.

import { typeOf, lookup } from '../types/type.js';
import { call } from './call.js';
import { pyError } from './errors.js';
import { truthy } from './protocols.js';
import { toPyException, enterHandler, exitHandler } from '../types/exceptions.js';

/** The bound `__exit__` of a context manager, looked up before `__enter__` is called. */
export function exitOf(mgr) {
  const t = typeOf(mgr);
  const enter = lookup(t, '__enter__');
  const exit = lookup(t, '__exit__');
  if (enter === undefined) {
    throw pyError('TypeError', `'${t.__name__}' object does not support the context manager protocol`);
  }
  if (exit === undefined) {
    throw pyError('TypeError', `'${t.__name__}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  return exit;
}

/** Calls `__enter__`. */
export function enter(mgr) {
  return call(lookup(typeOf(mgr), '__enter__'), mgr);
}

/** Passes an exception from the body to `__exit__`; rethrows it unless `__exit__` returns true. */
export function exitWithException(exit, mgr, caught) {
  const e = toPyException(caught);
  enterHandler(e);
  let suppress;
  try {
    suppress = truthy(call(exit, mgr, e.$cls, e, e.$traceback));
  } finally {
    exitHandler();
  }
  if (!suppress) throw e;
}
