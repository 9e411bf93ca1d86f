// Reading names that are not bound: https://docs.python.org/3/reference/executionmodel.html#resolution-of-names
// A variable that may be read before assignment (or after `del`) holds UNBOUND; reading it
// raises NameError or UnboundLocalError with CPython's wording.

import { pyError } from './errors.js';
import { suggestible } from './name-scope.js';
import { setNameErrorName } from './error-context.js';

/** The marker of a variable with no value. */
export const UNBOUND = Symbol('unbound');

/**
 * Raises NameError for a global name the module never binds and builtins lack; `scope` and
 * `varnames` (internals/name-scope.js) are what its suggestion is computed from.
 */
export function nameError(name, scope, varnames) {
  throw suggestible(setNameErrorName(pyError('NameError', `name '${name}' is not defined`), name), name, scope, varnames);
}

/** Raises for a read of an unbound variable: 0 global, 1 local, 2 free (closure) variable. */
export function unbound(name, kind, scope, varnames) {
  if (kind === 1) throw pyError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
  if (kind === 2) throw suggestible(setNameErrorName(pyError('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`), name), name, scope, varnames);
  throw suggestible(setNameErrorName(pyError('NameError', `name '${name}' is not defined`), name), name, scope, varnames);
}

/** `del name` in a class body. */
/** The key under which a class namespace over a `__prepare__` mapping answers the mapping (types/class-creation.js). */
export const NAMESPACE_MAPPING = Symbol.for('taipan.namespaceMapping');

export function deleteClassName(ns, name) {
  // A namespace over a __prepare__ mapping deletes through the mapping's __delitem__ alone.
  if (ns[NAMESPACE_MAPPING] !== undefined) {
    delete ns[name];
    return;
  }
  if (!(name in ns)) throw setNameErrorName(pyError('NameError', `name '${name}' is not defined`), name);
  delete ns[name];
}
