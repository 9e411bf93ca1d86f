// Storing or deleting an attribute of an instance of a built-in type without an instance dict
// (`(1).real = 2`, `del [].sort`): CPython's PyObject_GenericSetAttr finds the type's descriptor
// for the name and words the error by its kind. The names come from CPython's own namespaces
// (builtin-dir-names.js), since the runtime's method tables may leave unused methods out.

import { pyError } from './errors.js';
import { builtinDirNames } from './builtin-dir-names.js';

// getset descriptors without a setter, by owning type.
const GETSETS = {
  'builtins.int': ['real', 'imag', 'numerator', 'denominator'],
  'builtins.float': ['real', 'imag'],
};
// Read-only member descriptors, by owning type.
const MEMBERS = {
  'builtins.complex': ['real', 'imag'],
  'builtins.range': ['start', 'stop', 'step'],
  'builtins.slice': ['start', 'stop', 'step'],
};

/**
 * The AttributeError for setting or deleting attribute `name` of an instance of built-in type
 * `t`; `inMro(c, name)` answers for a type CPython's table does not list.
 */
export function builtinStoreError(t, name, inMro) {
  for (const c of t.$mro) {
    const key = `${c.__module__}.${c.__qualname__}`;
    if (GETSETS[key] !== undefined && GETSETS[key].includes(name)) {
      return pyError('AttributeError', `attribute '${name}' of '${c.__name__}' objects is not writable`);
    }
    if (MEMBERS[key] !== undefined && MEMBERS[key].includes(name)) return pyError('AttributeError', 'readonly attribute');
    const names = builtinDirNames(key);
    if (names !== undefined ? names.includes(name) : inMro(c, name)) {
      return pyError('AttributeError', `'${t.__name__}' object attribute '${name}' is read-only`);
    }
  }
  return pyError('AttributeError', `'${t.__name__}' object has no attribute '${name}'`);
}
