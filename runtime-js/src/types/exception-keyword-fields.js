// NameError's `name` and AttributeError's `name` and `obj`: member slots (not in the instance
// `__dict__`) that CPython 3.11 fills only from keyword arguments (`NameError('m', name='x')`)
// or when the interpreter raises the error itself (internals/names.js, internals/attribute.js).
// The positional arguments stay the exception's args, as BaseException's.

import { makeTuple } from './tuple.js';
import { PyProperty } from '../internals/attribute.js';
import { pyError } from '../internals/errors.js';
import { FIELD, setField, clearField } from '../internals/error-context.js';


/**
 * The `__init__` and member descriptors of the built-in exception `className` whose keyword-only
 * fields are `fields`. CPython's argument parser names the class itself in its keyword error,
 * also for subclasses (`UnboundLocalError(foo=1)` speaks of NameError()).
 */
export function keywordFields(className, fields) {
  function init(self, args, kw) {
    tooManyKeywords(className, fields.length, kw);
    for (const k in kw) {
      if (!fields.includes(k)) throw pyError('TypeError', `'${k}' is an invalid keyword argument for ${className}()`);
    }
    self.$args = makeTuple(args);
    for (const f of fields) if (kw !== null && f in kw) setField(self, f, kw[f]);
  }
  const methods = {
    __init__(self, ...args) {
      init(self, args, null);
    },
  };
  methods.__init__.$kw = (args, kw) => init(args[0], args.slice(1), kw);
  for (const f of fields) {
    const field = FIELD[f];
    const p = new PyProperty((self) => self[field], (self, v) => {
      setField(self, f, v);
    }, (self) => {
      clearField(self, f);
    });
    p.$name = f;
    methods[f] = p;
  }
  return methods;
}

/** CPython's argument parser counts keywords before it names an unknown one. */
export function tooManyKeywords(className, max, kw) {
  const n = kw === null ? 0 : Object.keys(kw).length;
  if (n > max) {
    throw pyError('TypeError', `${className}() takes at most ${max} keyword argument${max === 1 ? '' : 's'} (${n} given)`);
  }
}
