// The built-in classes as Python sees them (`int`, `list`, `ValueError`, ...), with their
// method tables loaded: https://docs.python.org/3/library/stdtypes.html

import '../internals/startup.js';

export {
  objectType as object, typeType as type, intType as int, floatType as float, boolType as bool,
  strType as str, bytesType as bytes, listType as list, tupleType as tuple, dictType as dict,
  setType as set, frozensetType as frozenset, rangeType as range, sliceType as slice,
  complexType as complex, NotImplemented, Ellipsis,
} from '../types/type.js';
export * from '../types/exceptions.js';
