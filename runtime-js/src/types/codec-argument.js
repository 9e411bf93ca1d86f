// The `encoding` and `errors` arguments of str() and bytes(): CPython's argument parser takes
// them as str (a subclass's value) before the object is looked at.

import { pyError } from '../internals/errors.js';
import { typeOf } from './type.js';
import { strValueOf } from './value-subclass.js';

/** `value` as a plain string (undefined stays undefined), or CPython's TypeError naming `fn` and `param`. */
export function codecArgument(fn, param, value) {
  if (value === undefined || typeof value === 'string') return value;
  const s = strValueOf(value);
  if (s !== undefined) return s;
  throw pyError('TypeError', `${fn}() argument '${param}' must be str, not ${typeOf(value).__name__}`);
}
