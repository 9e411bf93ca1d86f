// Reading a name that no scope binds: https://docs.python.org/3/library/exceptions.html#NameError

import { pyError } from './errors.js';

/** Raises NameError for a global name the module never binds and builtins lack. */
export function nameError(name) {
  throw pyError('NameError', `name '${name}' is not defined`);
}
