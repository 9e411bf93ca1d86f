// Loads the object model in dependency order (method tables of the built-in types,
// protocol hooks) and installs the uncaught-exception handler; every generated module
// imports it first.

import { typeOf } from '../types/type.js';
import '../types/exceptions.js';
import '../types/object.js';
import '../types/scalars.js';
import '../types/bytes-methods.js';
import '../types/int-bytes.js';
import '../types/list.js';
import '../types/dict-methods.js';
import '../types/set.js';
import '../types/range.js';
import '../types/generic-alias.js';
import '../types/union-type.js';
import '../internals/operators.js';
import { setTypeNameHook, setCompareFallback } from './arith.js';
import { compare, eq } from './protocols.js';
import { installUncaughtHandler } from './traceback.js';
import { setDictProxyFactory, setClassDictFactory, setTupleFactory } from './attribute.js';
import { classDict } from '../types/mappingproxy.js';
import { dictFromNamespace } from '../types/dict.js';
import { makeTuple } from '../types/tuple.js';
import { setIterEq } from './iteration.js';

const OPS = { lt: '__lt__', le: '__le__', gt: '__gt__', ge: '__ge__' };
setTypeNameHook((x) => typeOf(x).__name__);
setCompareFallback((op, a, b) => (op === 'eq' ? eq(a, b) : op === 'ne' ? !eq(a, b) : compare(a, b, OPS[op])));
setDictProxyFactory(dictFromNamespace);
setClassDictFactory(classDict);
setTupleFactory(makeTuple);
setIterEq(eq);
installUncaughtHandler();
