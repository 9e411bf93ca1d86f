// What a NameError keeps for CPython's "Did you mean" suggestion, shown when it is printed
// uncaught (internals/uncaught-suggestion.js): the names of the frame that raised it, as
// CPython's suggestions.c reads them then: its local variable names (co_varnames), the
// globals of its module and the builtins.

/**
 * The globals of module `name` for suggestions: over its accessor object (a getter per global
 * it binds), or its globals() namespace when it has one.
 */
export function nameScope(name, accessors, globals) {
  return { name, accessors, globals };
}

/** Marks NameError `e` for `name`, raised in a frame of `scope` whose local names are `varnames`. */
export function suggestible(e, name, scope, varnames) {
  if (scope !== undefined) e.$suggest = { name, scope, varnames: varnames ?? [] };
  return e;
}
