// The `sys` module: https://docs.python.org/3/library/sys.html
// Only what a transpiled program can observe faithfully in Node.

import { AttrDict, PyObject, PyType, objectType } from '../types/type.js';
import { PyModule } from '../internals/attribute.js';
import { hostArgv } from '../internals/host.js';
import { writeStdout, writeStderr, flushStdout, readLine, readAll } from '../internals/stdio.js';
import { pyError } from '../internals/errors.js';
import { str } from '../internals/protocols.js';
import { makeTuple } from '../types/tuple.js';
import { currentException } from '../types/exceptions.js';
import { makeFloat } from '../types/float.js';
import { structSeqType, makeStructSeq } from '../internals/struct-seq.js';
import { strValueOf } from '../types/value-subclass.js';
import { setIntMaxStrDigits, getIntMaxStrDigits } from '../internals/int-repr.js';
import { asIndex } from '../types/int.js';
import { depth } from '../internals/recursion-depth.js';
import { registerSysStreams } from '../internals/std-streams.js';

const floatInfoType = structSeqType('sys', 'float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
/** `sys.float_info`: the IEEE 754 binary64 parameters, as CPython reports them on every platform Node runs on. */
export const floatInfo = makeStructSeq(floatInfoType, [
  makeFloat(Number.MAX_VALUE), 1024, 308, makeFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
  makeFloat(Number.EPSILON), 2, 1,
]);

const intInfoType = structSeqType('sys', 'int_info', [
  'bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold',
]);
/** `sys.int_info` of a 64-bit CPython 3.11. */
export const intInfo = makeStructSeq(intInfoType, [30, 4, 4300, 640]);

function streamType(name, write) {
  const t = new PyType(name, [objectType], new AttrDict(), '_io');
  Object.assign(t.$dict, {
    write(self, s) {
      if (typeof s !== 'string' && strValueOf(s) !== undefined) s = strValueOf(s);
      if (typeof s !== 'string') throw pyError('TypeError', `write() argument must be str, not ${s.$cls ? s.$cls.__name__ : typeof s}`);
      write(s);
      return s.length;
    },
    flush: () => flushStdout(),
    isatty: () => false,
    writelines(self, lines) {
      for (const l of lines) write(l);
    },
  });
  return t;
}

export const stdoutObject = new PyObject(streamType('TextIOWrapper', writeStdout));
export const stderrObject = new PyObject(streamType('TextIOWrapper', writeStderr));
const stdinType = new PyType('TextIOWrapper', [objectType], new AttrDict(), '_io');
Object.assign(stdinType.$dict, {
  readline: () => readLine(),
  read: () => readAll(),
  readlines: () => {
    const out = [];
    for (;;) {
      const l = readLine();
      if (l === '') return out;
      out.push(l);
    }
  },
  __iter__: (self) => self,
  __next__: () => {
    const l = readLine();
    if (l === '') throw pyError('StopIteration');
    return l;
  },
});
export const stdinObject = new PyObject(stdinType);

// The language version Taipan implements; the micro release is not a CPython build's.
const versionInfoType = structSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);


/** `sys.exit([code])`. */
export function exit(code) {
  const e = pyError('SystemExit');
  // PyErr_SetObject raises an instance of the exception class itself: sys.exit(SystemExit(5)).
  if (code !== null && typeof code === 'object' && code.$cls !== undefined && code.$cls.$mro !== undefined && code.$cls.$mro.includes(e.$cls)) throw code;
  if (code !== undefined) e.$args = makeTuple([code]);
  throw e;
}

function excInfo() {
  const e = currentException();
  return e === undefined ? makeTuple([undefined, undefined, undefined]) : makeTuple([e.$cls, e, undefined]);
}

const attrs = new AttrDict();
Object.assign(attrs, {
  argv: hostArgv(),
  exit,
  stdout: stdoutObject,
  stderr: stderrObject,
  stdin: stdinObject,
  maxsize: 9223372036854775807n,
  float_info: floatInfo,
  int_info: intInfo,
  byteorder: 'little',
  platform: 'linux',
  version_info: makeStructSeq(versionInfoType, [3, 11, 0, 'final', 0]),
  version: '3.11.0 (taipan)',
  implementation: undefined,
  setrecursionlimit(n) {
    const v = asIndex(n);
    if (v < 1) throw pyError('ValueError', 'recursion limit must be greater or equal than 1');
    if (v > 2147483647) throw pyError('OverflowError', 'Python int too large to convert to C int');
    // CPython counts this builtin's own call in the depth it compares with the new limit.
    const current = depth.n + 1;
    if (current >= v) {
      throw pyError('RecursionError', `cannot set the recursion limit to ${v} at the recursion depth ${current}: the limit is too low`);
    }
    depth.limit = Number(v);
  },
  getrecursionlimit: () => depth.limit,
  set_int_max_str_digits(maxdigits) {
    setIntMaxStrDigits(Number(asIndex(maxdigits)));
  },
  get_int_max_str_digits: () => getIntMaxStrDigits(),
  exc_info: excInfo,
  exception: () => currentException(),
  getdefaultencoding: () => 'utf-8',
  modules: undefined,
  path: [],
  flags: undefined,
});
for (const v of Object.values(attrs)) if (typeof v === 'function') v.__module__ = 'sys';
attrs.setrecursionlimit.__name__ = 'setrecursionlimit';
attrs.set_int_max_str_digits.__name__ = 'set_int_max_str_digits';

// print() and input() read sys.stdout through internals/std-streams.js, which knows the sys
// module only once it exists.
registerSysStreams(attrs, stdoutObject, stderrObject);

/** The module object for `import sys`. */
export const sys = new PyModule('sys', attrs);

export { str, writeStdout };
