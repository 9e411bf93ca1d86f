// A function's `__code__`: https://docs.python.org/3/reference/datamodel.html#code-objects
// Taipan compiles functions to JavaScript, so there is no bytecode; the code object carries the
// attributes that follow from the signature alone. CheckUnsupportedFeatures lets programs read
// only these (`f.__code__.co_argcount`), so the others are never asked for.

import { PyType, AttrDict, objectType } from '../types/type.js';
import { PyProperty, setCodeOf } from './attribute.js';

/** The attributes a code object answers, each from the function's signature. */
const ATTRIBUTES = {
  co_name: (sig) => sig.qualname.slice(sig.qualname.lastIndexOf('.') + 1),
  co_qualname: (sig) => sig.qualname,
  co_argcount: (sig) => sig.pos.length,
  co_posonlyargcount: (sig) => sig.nposonly,
  co_kwonlyargcount: (sig) => sig.kwonly.length,
};

class PyCode {
  constructor(sig) {
    this.sig = sig;
  }
}

const codeType = new PyType('code', [objectType], new AttrDict());
for (const [name, f] of Object.entries(ATTRIBUTES)) codeType.$dict[name] = new PyProperty((self) => f(self.sig));
codeType.$dict.__repr__ = (self) => `<code object ${ATTRIBUTES.co_name(self.sig)}>`;
PyCode.prototype.$cls = codeType;

/** The code object of a compiled function (one per function, so `f.__code__ is f.__code__`). */
export function codeOf(fn) {
  if (fn.$code === undefined) fn.$code = new PyCode(fn.$sig);
  return fn.$code;
}

setCodeOf(codeOf);

/** The names of the attributes a program may read from a code object. */
export const CODE_ATTRIBUTES = Object.keys(ATTRIBUTES);
