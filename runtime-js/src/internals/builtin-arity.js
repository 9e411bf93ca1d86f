// Arity errors of built-in functions that take exactly one argument (len, abs, chr, ...).
// A direct call with another count compiles to this call: the arguments are evaluated first,
// as in CPython, and then the call fails before the builtin looks at any argument's type.

import { pyError } from './errors.js';

/** Raises `name() takes exactly one argument (n given)` after the arguments were evaluated. */
export function exactlyOneArgument(name, ...args) {
  throw pyError('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
}
