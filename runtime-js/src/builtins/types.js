// The built-in classes as Python sees them (`int`, `list`, `ValueError`, ...), with their
// method tables loaded: https://docs.python.org/3/library/stdtypes.html

import '../internals/startup.js';
import {
  objectType, typeType, intType, floatType, boolType, strType, bytesType, listType, tupleType, dictType,
  setType, frozensetType, rangeType, sliceType, complexType,
} from '../types/type.js';
import { hasArity } from '../internals/builtin-arity.js';
import * as arity from '../internals/builtin-arity-table.js';

export {
  objectType as object, typeType as type, intType as int, floatType as float, boolType as bool,
  strType as str, bytesType as bytes, listType as list, tupleType as tuple, dictType as dict,
  setType as set, frozensetType as frozenset, rangeType as range, sliceType as slice,
  complexType as complex, NotImplemented, Ellipsis,
} from '../types/type.js';
export * from '../types/exceptions.js';

// Called through a value, the classes check their arguments as CPython does (internals/call.js);
// their subclasses are checked by their own __new__ and __init__.
hasArity(objectType, arity.$object);
hasArity(typeType, arity.$type);
hasArity(intType, arity.$int);
hasArity(floatType, arity.$float);
hasArity(boolType, arity.$bool);
hasArity(strType, arity.$str);
hasArity(bytesType, arity.$bytes);
hasArity(listType, arity.$list);
hasArity(tupleType, arity.$tuple);
hasArity(dictType, arity.$dict);
hasArity(setType, arity.$set);
hasArity(frozensetType, arity.$frozenset);
hasArity(rangeType, arity.$range);
hasArity(sliceType, arity.$slice);
hasArity(complexType, arity.$complex);
