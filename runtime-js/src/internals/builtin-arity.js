// Arity errors of built-in functions that take exactly one argument (len, abs, chr, ...).
// A direct call with another count compiles to `exactlyOneArgument`: the arguments are evaluated
// first, as in CPython, and then the call fails before the builtin looks at any argument's type.
// A call through a value (`f = len; f(a, b)`) is checked by internals/call.js, from the mark
// `takesOneArgument` leaves on the function, since the JS bodies ignore extra arguments.

import { pyError } from './errors.js';

/** CPython's `name() takes exactly one argument (n given)`. */
export function oneArgumentError(name, n) {
  return pyError('TypeError', `${name}() takes exactly one argument (${n} given)`);
}

/** Raises the arity error of a direct call, after the arguments were evaluated. */
export function exactlyOneArgument(name, ...args) {
  throw oneArgumentError(name, args.length);
}

/** Marks `fn` as the builtin `name`, which takes exactly one positional argument. */
export function takesOneArgument(fn, name) {
  fn.$one = name;
}
