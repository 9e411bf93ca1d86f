// The suggestion CPython 3.11's default excepthook adds to an uncaught AttributeError or
// NameError (`. Did you mean: 'upper'?`, Python/suggestions.c): only for those exact classes,
// only for one the interpreter raised (it knows the object and name), and not in str(e) nor in
// what the traceback module formats.

import { AttributeError, NameError } from '../types/exceptions.js';
import { dir } from '../builtins/dir.js';
import { moduleGlobals } from './module-globals.js';
import { BUILTINS_ORDER } from './builtins-order.js';
import { suggestion } from './suggestions.js';
import { FIELD, fieldIsSet } from './error-context.js';

/** The globals of a name scope (internals/name-scope.js) now, in namespace order, bound ones only. */
function globalNames(scope) {
  const g = scope.globals ?? moduleGlobals(scope.name, scope.name === '__main__', undefined, false,
    Object.assign(Object.create(null), scope.accessors));
  return g.keyList().filter((k) => typeof k === 'string');
}

/** The name CPython suggests for uncaught exception `e`, or undefined. */
export function uncaughtSuggestion(e) {
  try {
    if (e.$cls === AttributeError) {
      // CPython searches by the error's own `name` and `obj`, whoever set them.
      if (!fieldIsSet(e, 'name') || !fieldIsSet(e, 'obj') || typeof e[FIELD.name] !== 'string') return undefined;
      return suggestion(dir(e[FIELD.obj]), e[FIELD.name]);
    }
    const s = e.$suggest;
    if (e.$cls === NameError && s !== undefined) {
      // The frame's locals, then its globals, then the builtins: the first list with a match wins.
      return suggestion(s.varnames, s.name) ?? suggestion(globalNames(s.scope), s.name) ?? suggestion(BUILTINS_ORDER, s.name);
    }
  } catch (_) {
    // CPython shows no suggestion when listing the names fails (a __dir__ that raises).
  }
  return undefined;
}
