// What open()'s text and binary file objects share (types/text-file.js, types/binary-file.js):
// CPython's IOBase methods, argument checks and error messages, and io.UnsupportedOperation.

import { AttrDict, PyObject, PyType, objectType } from './type.js';
import { defineException, OSError, ValueError } from './exceptions.js';
import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { callMethod, PyProperty } from '../internals/attribute.js';
import { iterate } from '../internals/iteration.js';
import { repr } from '../internals/protocols.js';

/** `io.UnsupportedOperation`, an OSError and a ValueError. */
export const UnsupportedOperation = defineException('UnsupportedOperation', [OSError, ValueError]);
UnsupportedOperation.__module__ = 'io';

export function unsupported(message) {
  return call(UnsupportedOperation, message);
}

/** ValueError('I/O operation on closed file.'), or another of CPython's wordings. */
export function closedError(message = 'I/O operation on closed file.') {
  return pyError('ValueError', message);
}

/** A file object: the raw descriptor (internals/raw-file.js), the name and mode open() was given. */
export class PyFile extends PyObject {
  constructor(cls, raw, name) {
    super(cls);
    this.$raw = raw;
    this.$name = name;
  }
}

/** A size argument: an int, or None for -1 (CPython's _Py_convert_optional_to_ssize_t). */
export function sizeArg(n) {
  if (n === undefined) return -1;
  if (typeof n === 'number') return n;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
  throw pyError('TypeError', `argument should be integer or None, not '${typeName(n)}'`);
}

export function typeName(x) {
  if (x === undefined) return 'NoneType';
  if (typeof x === 'string') return 'str';
  if (typeof x === 'number') return Number.isInteger(x) ? 'int' : 'float';
  if (typeof x === 'boolean') return 'bool';
  if (typeof x === 'bigint') return 'int';
  if (Array.isArray(x) && x.$cls === undefined) return 'list';
  return x.$cls ? x.$cls.__name__ : typeof x;
}

/** Raises CPython's TypeError when a method gets more positional arguments than it takes. */
export function arity(name, args, max) {
  if (args.length > max) {
    throw pyError('TypeError', max === 0
      ? `${name}() takes no arguments (${args.length} given)`
      : `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** A file class of module `_io` with the given methods and the IOBase ones it does not override. */
export function fileType(name, methods) {
  const t = new PyType(name, [objectType], new AttrDict(), '_io');
  Object.assign(t.$dict, IOBASE, methods);
  return t;
}

function checkOpen(self) {
  if (self.$raw.closed) throw closedError();
}

// IOBase: https://docs.python.org/3/library/io.html#io.IOBase
const IOBASE = {
  __enter__(self) {
    checkOpen(self);
    return self;
  },
  __exit__(self) {
    callMethod(self, 'close');
    return undefined;
  },
  __iter__(self) {
    checkOpen(self);
    return self;
  },
  readlines(self, ...args) {
    arity('readlines', args, 1);
    const hint = sizeArg(args[0]);
    checkOpen(self);
    const out = [];
    let total = 0;
    for (;;) {
      const line = callMethod(self, 'readline');
      if ((typeof line === 'string' ? line.length : line.data.length) === 0) break;
      out.push(line);
      total += typeof line === 'string' ? [...line].length : line.data.length;
      if (hint > 0 && total >= hint) break;
    }
    return out;
  },
  writelines(self, lines, ...rest) {
    arity('writelines', [lines, ...rest], 1);
    checkOpen(self);
    for (const line of iterate(lines)) callMethod(self, 'write', line);
    return undefined;
  },
  fileno(self) {
    if (self.$raw.closed) throw closedError('I/O operation on closed file');
    return self.$raw.fd;
  },
  isatty(self) {
    if (self.$raw.closed) throw closedError('I/O operation on closed file');
    if (self.$raw.positional) return false;
    throw pyError('NotImplementedError', 'isatty() of a device is not supported');
  },
  readable(self) {
    if (!self.$raw.readable) return false;
    if (self.$raw.closed) throw closedError('I/O operation on closed file');
    return true;
  },
  writable(self) {
    if (!self.$raw.writable) return false;
    if (self.$raw.closed) throw closedError('I/O operation on closed file');
    return true;
  },
  seekable(self) {
    if (self.$raw.closed) throw closedError('I/O operation on closed file');
    return self.$raw.seekable;
  },
  close(self) {
    self.$raw.close();
    return undefined;
  },
  closed: new PyProperty((self) => self.$raw.closed),
  name: new PyProperty((self) => self.$name),
};

/** `name=...` for a repr, as CPython's: the name's repr. */
export function nameRepr(self) {
  return `name=${repr(self.$name)}`;
}
