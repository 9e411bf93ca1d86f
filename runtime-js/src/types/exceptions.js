// The built-in exception hierarchy: https://docs.python.org/3/library/exceptions.html#exception-hierarchy
// Exceptions are instances of Python classes (PyObject with `$args`); raising one records
// the JS stack, which the traceback module maps back to Python files and lines.

import { tupleItemsOf, strValueOf } from './value-subclass.js';
import { PyType, PyObject, AttrDict, isSubtype, objectType, typeOf } from './type.js';
import { makeTuple, Tuple, EMPTY_TUPLE } from './tuple.js';
import { setExceptionFactory, pyError } from '../internals/errors.js';
import { PyProperty, setAttributeErrorType } from '../internals/attribute.js';
import { call } from '../internals/call.js';
import { encodeErrorMessage, decodeErrorMessage } from '../internals/codecs.js';
import { instanceGet, instanceHas, instanceSet, NO_ATTR } from '../internals/instance-attrs.js';
import { syntaxErrorMethods } from './syntax-error.js';
import { keywordFields, tooManyKeywords } from './exception-keyword-fields.js';

const exceptionTypes = new AttrDict();

function makeException(cls) {
  const e = new PyObject(cls);
  e.$args = EMPTY_TUPLE;
  e.$stack = undefined;
  // CPython's getset descriptors of BaseException, not in the instance `__dict__`.
  e.$cause = undefined;
  e.$context = undefined;
  e.$suppressContext = false;
  e.$traceback = undefined;
  return e;
}

/** A BaseException field that Python reads and writes through a descriptor, with CPython's checks. */
function exceptionField(field, check) {
  return new PyProperty(
    (self) => self[field],
    (self, v) => {
      check(v);
      self[field] = v;
      // Setting __cause__ (even to None) suppresses the context, as in CPython.
      if (field === '$cause') self.$suppressContext = true;
    });
}

function checkExceptionOrNone(what) {
  return (v) => {
    if (v !== undefined && !isException(v)) throw pyError('TypeError', `exception ${what} must be None or derive from BaseException`);
  };
}

function define(name, base, methods) {
  return defineException(name, base ? [base] : [objectType], methods);
}

/** A built-in exception class with bases `bases` (ExceptionGroup has two). */
export function defineException(name, bases, methods) {
  const dict = new AttrDict();
  if (methods) Object.assign(dict, methods);
  const t = new PyType(name, bases, dict);
  t.$make = makeException;
  t.$native = PyObject;
  t.$isException = true;
  exceptionTypes[name] = t;
  return t;
}

function argsRepr(self, repr) {
  const a = self.$args.items;
  if (a.length === 1) return '(' + repr(a[0]) + ')';
  return '(' + a.map(repr).join(', ') + ')';
}

let reprFn = null;
let strFn = null;
/** Installs repr() and str() (the protocol module depends on this one, not the other way). */
export function setExceptionStringifiers(repr, str) {
  reprFn = repr;
  strFn = str;
}

export const BaseException = define('BaseException', null, {
  __init__(self, ...args) {
    self.$args = makeTuple(args);
  },
  __str__(self) {
    const a = self.$args.items;
    if (a.length === 0) return '';
    if (a.length === 1) return strFn(a[0]);
    return reprFn(self.$args);
  },
  __repr__(self) {
    return self.$cls.__name__ + argsRepr(self, reprFn);
  },
  with_traceback(self, tb) {
    checkTraceback(tb);
    self.$traceback = tb;
    return self;
  },
  add_note(self, note) {
    if (typeof note !== 'string' && strValueOf(note) === undefined) throw pyError('TypeError', `note must be a str, not '${typeOf(note).__name__}'`);
    if (!instanceHas(self, '__notes__')) instanceSet(self, '__notes__', []);
    instanceGet(self, '__notes__').push(note);
  },
  args: new PyProperty(
    (self) => self.$args,
    (self, v) => {
      self.$args = v instanceof Tuple ? v : makeTuple([...v]);
    }),
  __cause__: exceptionField('$cause', checkExceptionOrNone('cause')),
  __context__: exceptionField('$context', checkExceptionOrNone('context')),
  __suppress_context__: exceptionField('$suppressContext', (v) => {
    if (typeof v !== 'boolean') throw pyError('TypeError', 'attribute value type must be bool');
  }),
  __traceback__: exceptionField('$traceback', checkTraceback),
});
for (const [name, message] of [['__cause__', '__cause__ may not be deleted'], ['__context__', '__context__ may not be deleted'],
  ['__traceback__', '__traceback__ may not be deleted'], ['__suppress_context__', "can't delete numeric/char attribute"]]) {
  const p = BaseException.$dict[name];
  p.$name = name;
  p.fdel = () => {
    throw pyError('TypeError', message);
  };
}

function checkTraceback(tb) {
  if (tb !== undefined && !(tb instanceof PyObject && tb.$cls === tracebackType)) throw pyError('TypeError', '__traceback__ must be a traceback or None');
}

export const Exception = define('Exception', BaseException);
// SystemExit.code and StopIteration.value are writable members in CPython: taken from the
// arguments when the exception is made, replaced by an assignment (and None once deleted), and
// not changed by a later `e.args = ...`.
function argumentMember(key, fromArgs) {
  return new PyProperty(
    (self) => (key in self ? self[key] : fromArgs(self)),
    (self, v) => { self[key] = v; },
    (self) => { self[key] = undefined; });
}
export const SystemExit = define('SystemExit', BaseException, {
  code: argumentMember('$code', (self) => {
    const a = self.$args.items;
    return a.length === 0 ? undefined : a.length === 1 ? a[0] : self.$args;
  }),
});
export const KeyboardInterrupt = define('KeyboardInterrupt', BaseException);
export const GeneratorExit = define('GeneratorExit', BaseException);
export const StopIteration = define('StopIteration', Exception, {
  value: argumentMember('$value', (self) => self.$args.items[0]),
});
export const StopAsyncIteration = define('StopAsyncIteration', Exception);
export const ArithmeticError = define('ArithmeticError', Exception);
export const FloatingPointError = define('FloatingPointError', ArithmeticError);
export const OverflowError = define('OverflowError', ArithmeticError);
export const ZeroDivisionError = define('ZeroDivisionError', ArithmeticError);
export const AssertionError = define('AssertionError', Exception);
export const AttributeError = define('AttributeError', Exception, keywordFields('AttributeError', ['name', 'obj']));
export const BufferError = define('BufferError', Exception);
export const EOFError = define('EOFError', Exception);
// ImportError keeps msg, name and path in member slots (not in the instance __dict__), as CPython
// does; msg is the sole positional argument, name and path come only as keywords.
export const ImportError = define('ImportError', Exception, {
  __init__(self, ...args) {
    importErrorInit(self, args, null);
  },
  __str__(self) {
    const msg = importErrorField(self, '$msg');
    return typeof msg === 'string' ? msg : BaseException.$dict.__str__(self);
  },
  msg: importErrorSlot('$msg'),
  name: importErrorSlot('$name'),
  path: importErrorSlot('$path'),
});
ImportError.$dict.__init__.$kw = (args, kw) => importErrorInit(args[0], args.slice(1), kw);
export const ModuleNotFoundError = define('ModuleNotFoundError', ImportError);

function importErrorInit(self, args, kw) {
  tooManyKeywords('ImportError', 2, kw);
  for (const k in kw) {
    if (k !== 'name' && k !== 'path') throw pyError('TypeError', `'${k}' is an invalid keyword argument for ImportError()`);
  }
  self.$args = makeTuple(args);
  self.$msg = args.length === 1 ? args[0] : undefined;
  self.$name = kw !== null && 'name' in kw ? kw.name : undefined;
  self.$path = kw !== null && 'path' in kw ? kw.path : undefined;
}

/** An ImportError slot; one raised by the runtime without __init__ reads its message from args. */
function importErrorField(self, field) {
  if (field in self) return self[field];
  return field === '$msg' && self.$args.items.length === 1 ? self.$args.items[0] : undefined;
}

function importErrorSlot(field) {
  return new PyProperty((self) => importErrorField(self, field), (self, v) => {
    self[field] = v;
  });
}

/** CPython's ModuleNotFoundError for `import name` when no module of that name exists. */
export function moduleNotFound(name) {
  const e = makeException(ModuleNotFoundError);
  importErrorInit(e, [`No module named '${name}'`], { name });
  return raise(e);
}
export const LookupError = define('LookupError', Exception);
export const IndexError = define('IndexError', LookupError);
export const KeyError = define('KeyError', LookupError, {
  __str__(self) {
    const a = self.$args.items;
    if (a.length === 1) return reprFn(a[0]);
    return BaseException.$dict.__str__(self);
  },
});
export const MemoryError = define('MemoryError', Exception);
export const NameError = define('NameError', Exception, keywordFields('NameError', ['name']));
export const UnboundLocalError = define('UnboundLocalError', NameError);
export const OSError = define('OSError', Exception, {
  __init__(self, ...args) {
    self.$args = makeTuple(args);
    if (args.length >= 2 && args.length <= 5) {
      instanceSet(self, 'errno', args[0]);
      instanceSet(self, 'strerror', args[1]);
      // A filename (and filename2, the fifth argument) leaves args as (errno, strerror), as in CPython.
      if (args.length >= 3 && args[2] !== undefined) {
        instanceSet(self, 'filename', args[2]);
        if (args.length === 5 && args[4] !== undefined) instanceSet(self, 'filename2', args[4]);
        self.$args = makeTuple(args.slice(0, 2));
      }
    }
  },
  __str__(self) {
    const strerror = instanceGet(self, 'strerror');
    if (strerror !== NO_ATTR) {
      const errno = instanceGet(self, 'errno');
      const filename = instanceGet(self, 'filename');
      const filename2 = instanceGet(self, 'filename2');
      if (filename !== NO_ATTR && filename !== undefined) {
        const head = `[Errno ${strFn(errno)}] ${strFn(strerror)}: ${reprFn(filename)}`;
        return filename2 !== NO_ATTR && filename2 !== undefined ? `${head} -> ${reprFn(filename2)}` : head;
      }
      return `[Errno ${strFn(errno)}] ${strFn(strerror)}`;
    }
    return BaseException.$dict.__str__(self);
  },
  errno: undefined,
  strerror: undefined,
  filename: undefined,
  filename2: undefined,
});
export const FileNotFoundError = define('FileNotFoundError', OSError);
// OSError(errno, strerror) builds the subclass for the errno, as CPython's OSError.__new__ does.
OSError.$pickClass = (args) => {
  if (args.length < 2 || typeof args[0] !== 'number') return OSError;
  return OSERROR_BY_ERRNO[args[0]] || OSError;
};
export const FileExistsError = define('FileExistsError', OSError);
export const BlockingIOError = define('BlockingIOError', OSError);
export const ChildProcessError = define('ChildProcessError', OSError);
export const ConnectionError = define('ConnectionError', OSError);
export const BrokenPipeError = define('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = define('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = define('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = define('ConnectionResetError', ConnectionError);
export const InterruptedError = define('InterruptedError', OSError);
export const ProcessLookupError = define('ProcessLookupError', OSError);
// The old names of OSError are the same class, as in CPython.
export const EnvironmentError = OSError;
export const IOError = OSError;
export const PermissionError = define('PermissionError', OSError);
export const IsADirectoryError = define('IsADirectoryError', OSError);
export const NotADirectoryError = define('NotADirectoryError', OSError);
export const TimeoutError = define('TimeoutError', OSError);
export const ReferenceError = define('ReferenceError', Exception);
export const RuntimeError = define('RuntimeError', Exception);
export const NotImplementedError = define('NotImplementedError', RuntimeError);
export const RecursionError = define('RecursionError', RuntimeError);
export const SyntaxError = define('SyntaxError', Exception, syntaxErrorMethods(() => strFn, makeTuple));
export const IndentationError = define('IndentationError', SyntaxError);
export const TabError = define('TabError', IndentationError);
export const SystemError = define('SystemError', Exception);
export const TypeError = define('TypeError', Exception);
export const ValueError = define('ValueError', Exception);
export const UnicodeError = define('UnicodeError', ValueError);
export const UnicodeDecodeError = define('UnicodeDecodeError', UnicodeError, unicodeErrorMethods('decode'));
export const UnicodeEncodeError = define('UnicodeEncodeError', UnicodeError, unicodeErrorMethods('encode'));
export const Warning = define('Warning', Exception);
export const UserWarning = define('UserWarning', Warning);
export const DeprecationWarning = define('DeprecationWarning', Warning);
export const RuntimeWarning = define('RuntimeWarning', Warning);
export const SyntaxWarning = define('SyntaxWarning', Warning);
export const FutureWarning = define('FutureWarning', Warning);
export const PendingDeprecationWarning = define('PendingDeprecationWarning', Warning);
export const ImportWarning = define('ImportWarning', Warning);
export const UnicodeWarning = define('UnicodeWarning', Warning);
export const BytesWarning = define('BytesWarning', Warning);
export const ResourceWarning = define('ResourceWarning', Warning);
export const EncodingWarning = define('EncodingWarning', Warning);

/**
 * UnicodeDecodeError / UnicodeEncodeError: five arguments (encoding, object, start, end,
 * reason) kept as attributes; str() is the codec message CPython builds from them.
 */
function unicodeErrorMethods(kind) {
  return {
    __init__(self, ...args) {
      if (args.length !== 5) throw pyError('TypeError', `function takes exactly 5 arguments (${args.length} given)`);
      self.$args = makeTuple(args);
      setUnicodeErrorFields(self, args);
    },
    __str__(self) {
      if (!instanceHas(self, 'reason')) return BaseException.$dict.__str__(self);
      const [encoding, object, start, end, reason] = UNICODE_ERROR_FIELDS.map((f) => instanceGet(self, f));
      const message = kind === 'decode' ? decodeErrorMessage : encodeErrorMessage;
      const data = kind === 'decode' && object !== null && object.data !== undefined ? object.data : object;
      return message(encoding, data, Number(start), Number(end), reason);
    },
  };
}

const UNICODE_ERROR_FIELDS = ['encoding', 'object', 'start', 'end', 'reason'];

/** Keeps the five arguments of a UnicodeError as its attributes `encoding` ... `reason`. */
export function setUnicodeErrorFields(e, args) {
  for (let i = 0; i < UNICODE_ERROR_FIELDS.length; i++) instanceSet(e, UNICODE_ERROR_FIELDS[i], args[i]);
}

// CPython's errno map (Objects/exceptions.c) with Linux's numbers.
const OSERROR_BY_ERRNO = {
  1: PermissionError, 2: FileNotFoundError, 3: ProcessLookupError, 4: InterruptedError, 10: ChildProcessError,
  11: BlockingIOError, 13: PermissionError, 17: FileExistsError, 20: NotADirectoryError, 21: IsADirectoryError,
  32: BrokenPipeError, 103: ConnectionAbortedError, 104: ConnectionResetError, 108: BrokenPipeError,
  110: TimeoutError, 111: ConnectionRefusedError, 114: BlockingIOError, 115: BlockingIOError,
};

/** The exception classes by name, for the `builtins` namespace. */
export { exceptionTypes };

setExceptionFactory((name, message) => {
  const t = exceptionTypes[name];
  const e = makeException(t);
  e.$args = message === undefined ? EMPTY_TUPLE : makeTuple([message]);
  return raise(e);
});
setAttributeErrorType(AttributeError);

/** Whether `e` (anything thrown) is an instance of BaseException. */
export function isException(e) {
  return e instanceof PyObject && e.$cls.$isException === true;
}

/** `isinstance(e, t)` for exception matching in `except t:`; `t` may be a tuple of classes. */
export function exceptionMatches(e, t) {
  const items = tupleItemsOf(t);
  if (items !== undefined) {
    for (const x of items) if (exceptionMatches(e, x)) return true;
    return false;
  }
  if (!(t instanceof PyType) || t.$isException !== true) {
    throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
  return isSubtype(e.$cls, t);
}

/** The exceptions being handled, innermost last (CPython's exc_info stack). */
const handling = [];

/** Turns anything a JS `catch` caught into a Python exception (a JS stack overflow is RecursionError). */
export function toPyException(e) {
  if (e instanceof PyObject) return e;
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    const r = pyError('RecursionError', 'maximum recursion depth exceeded');
    r.$stack = e.stack;
    return r;
  }
  throw e;
}

/** Entering an `except` block: the exception becomes the context of any raised inside. */
export function enterHandler(e) {
  handling.push(e);
}

export function exitHandler() {
  handling.pop();
}

/**
 * A generator or coroutine keeps its own handled exceptions while suspended (CPython's
 * gi_exc_state): on suspension it takes the entries it pushed above `depth` off the stack,
 * and puts them back when resumed, so no other code sees them meanwhile.
 */
export function handlerDepth() {
  return handling.length;
}

export function takeHandlers(depth) {
  return handling.length > depth ? handling.splice(depth) : null;
}

export function restoreHandlers(saved) {
  if (saved !== null) handling.push(...saved);
}

/** The exception being handled, or None (`sys.exc_info()[1]`, bare `raise`). */
export function currentException() {
  return handling.length ? handling[handling.length - 1] : undefined;
}

/** Bare `raise`: re-raises the exception being handled. */
export function reraise() {
  const e = currentException();
  if (e === undefined) throw pyError('RuntimeError', 'No active exception to reraise');
  return e;
}

function instantiate(x, what) {
  if (x instanceof PyType && x.$isException === true) return call(x);
  if (isException(x)) return x;
  throw pyError('TypeError', what);
}

/** `raise exc [from cause]`: returns the instance to throw, with context, cause and stack set. */
export function raise(exc, cause, hasCause) {
  const e = instantiate(exc, 'exceptions must derive from BaseException');
  if (hasCause) {
    const c = cause === undefined ? undefined : instantiate(cause, 'exception causes must derive from BaseException');
    e.$cause = c;
    e.$suppressContext = true;
  }
  const ctx = currentException();
  if (ctx !== undefined && ctx !== e) {
    // Break cycles as CPython's _PyErr_SetObject does.
    let o = ctx;
    while (o !== undefined) {
      const next = o.$context;
      if (next === e) {
        o.$context = undefined;
        break;
      }
      o = next;
    }
    e.$context = ctx;
  }
  if (e.$stack === undefined) {
    const holder = {};
    Error.captureStackTrace(holder, raise);
    e.$stack = holder.stack;
  }
  if (e.$traceback === undefined) e.$traceback = new PyObject(tracebackType);
  return e;
}

/** Traceback objects exist so that `e.__traceback__ is not None` holds; frames are not exposed. */
const tracebackType = new PyType('traceback', [objectType], new AttrDict());

/** Records where a runtime-raised exception (pyError) surfaced, for its traceback. */
export function withStack(e) {
  if (e.$stack === undefined) {
    const holder = {};
    Error.captureStackTrace(holder, withStack);
    e.$stack = holder.stack;
  }
  return e;
}
