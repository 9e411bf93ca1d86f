// CPython's struct sequences (sys.float_info, os.stat_result, ...): tuples whose items
// are also read by name, with a repr that names each field.

import { PyType, AttrDict, tupleType } from '../types/type.js';
import { Tuple } from '../types/tuple.js';
import { PyProperty } from './attribute.js';
import { repr } from './protocols.js';

/** The class of a struct sequence `module.name` with the given field names. */
export function structSeqType(module, name, fields) {
  const dict = new AttrDict();
  fields.forEach((f, i) => {
    dict[f] = new PyProperty((self) => self.items[i]);
  });
  dict.n_fields = fields.length;
  dict.n_sequence_fields = fields.length;
  dict.__repr__ = (self) => `${module}.${name}(` + fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(', ') + ')';
  return new PyType(name, [tupleType], dict, module);
}

/** An instance of a struct sequence class: a tuple of `items` of that class. */
export function makeStructSeq(cls, items) {
  const t = new Tuple(items);
  t.$cls = cls;
  return t;
}
