// open(): https://docs.python.org/3/library/functions.html#open
// CPython 3.11's _io.open: its argument checks, mode parsing and messages, then a descriptor
// (internals/raw-file.js) under a text file (types/text-file.js) or a buffered binary file
// (types/binary-file.js). Text files decode utf-8, ascii and latin-1 (the build refuses other
// codecs named by literals; others raise NotImplementedError, as the runtime cannot tell a codec
// it lacks from one CPython lacks too); the default encoding is the locale's, UTF-8 on the systems Node runs on. In a browser
// there is no file system: every open() raises FileNotFoundError, as CPython's would for a
// missing file.

import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { lookup, typeOf } from '../types/type.js';
import { lookupCodec, decode } from '../internals/codecs.js';
import { PyBytes } from '../types/bytes.js';
import { isFloat } from '../types/float.js';
import { hostOpenFlags, hostEnviron } from '../internals/host.js';
import { RawFile } from '../internals/raw-file.js';
import { typeName } from '../types/file-base.js';
import { PyTextFile } from '../types/text-file.js';
import { PyBinaryFile, BufferedReader, BufferedWriter, BufferedRandom } from '../types/binary-file.js';
import { strValueOf, PyValueSub } from '../types/value-subclass.js';
import { hasArity } from '../internals/builtin-arity.js';
import { $open } from '../internals/builtin-arity-table.js';

const PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

/** `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`. */
export function open(...args) {
  if (args.length > PARAMS.length) throw pyError('TypeError', `open() takes at most 8 arguments (${args.length} given)`);
  if (args.length === 0) throw pyError('TypeError', "open() missing required argument 'file' (pos 1)");
  return openFile(...args);
}

open.$kw = (args, kw) => {
  if (args.length > PARAMS.length) throw pyError('TypeError', `open() takes at most 8 arguments (${args.length + Object.keys(kw).length} given)`);
  const all = args.slice();
  for (const k in kw) {
    const i = PARAMS.indexOf(k);
    if (i < 0) throw pyError('TypeError', `'${k}' is an invalid keyword argument for open()`);
    if (i < args.length) throw pyError('TypeError', `argument for open() given by name ('${k}') and position (${i + 1})`);
    all[i] = kw[k];
  }
  if (all.length === 0 || !(0 in all)) throw pyError('TypeError', "open() missing required argument 'file' (pos 1)");
  for (let i = 0; i < all.length; i++) if (!(i in all)) all[i] = DEFAULTS[i];
  return openFile(...all);
};
open.__name__ = 'open';
open.__qualname__ = 'open';
open.__module__ = 'io';

const DEFAULTS = ['', 'r', -1, undefined, undefined, undefined, true, undefined];

function strArg(x, name, orNone) {
  if (x === undefined && orNone) return undefined;
  if (strValueOf(x) !== undefined) return strValueOf(x);
  if (typeof x !== 'string') throw pyError('TypeError', `open() argument '${name}' must be str${orNone ? ' or None' : ''}, not ${typeName(x)}`);
  return x;
}

function intArg(x) {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') throw pyError('OverflowError', 'Python int too large to convert to C int');
  throw pyError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
}

function fspath(file) {
  const f = lookup(typeOf(file), '__fspath__');
  if (f === undefined) throw pyError('TypeError', `expected str, bytes or os.PathLike object, not ${typeName(file)}`);
  const p = call(f, file);
  if (typeof p === 'string' || p instanceof PyBytes) return p;
  throw pyError('TypeError', `expected ${typeName(file)}.__fspath__() to return str or bytes, not ${typeName(p)}`);
}

/**
 * The name of the locale's encoding, open()'s default, as CPython 3.11 finds it: 'utf-8' in UTF-8
 * mode (PYTHONUTF8=1, or a C/POSIX locale), else the locale's codeset as glibc names it ('UTF-8').
 * A locale of another codeset raises NotImplementedError.
 */
function localeEncoding() {
  const env = new Map(hostEnviron());
  const utf8Mode = env.get('PYTHONUTF8');
  if (utf8Mode === '1') return 'utf-8';
  const locale = env.get('LC_ALL') || env.get('LC_CTYPE') || env.get('LANG') || 'C';
  if (locale === 'C' || locale === 'POSIX') {
    if (utf8Mode !== '0') return 'utf-8';
  } else {
    const codeset = locale.replace(/@.*$/, '').replace(/^[^.]*\.?/, '');
    if (/^utf-?8$/i.test(codeset)) return 'UTF-8';
  }
  throw pyError('NotImplementedError', `open(): the default encoding of locale '${locale}' is not supported`);
}

function openFile(file, mode = 'r', buffering = -1, encoding, errors, newline, closefd = true, opener) {
  mode = strArg(mode, 'mode', false);
  buffering = intArg(buffering);
  encoding = strArg(encoding, 'encoding', true);
  errors = strArg(errors, 'errors', true);
  newline = strArg(newline, 'newline', true);
  closefd = intArg(closefd);
  // A str subclass names the file by its value (CPython's PyUnicode_FSConverter).
  if (file instanceof PyValueSub && strValueOf(file) !== undefined) file = strValueOf(file);
  if (typeof file !== 'string' && !(file instanceof PyBytes) && typeof file !== 'number' && typeof file !== 'boolean' &&
      typeof file !== 'bigint' && !isFloat(file)) {
    file = fspath(file);
  }

  const seen = new Set();
  for (const c of mode) {
    if (!'xrwabt+'.includes(c) || seen.has(c)) throw pyError('ValueError', `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const creating = seen.has('x');
  const reading = seen.has('r');
  const writing = seen.has('w');
  const appending = seen.has('a');
  const updating = seen.has('+');
  const text = seen.has('t');
  const binary = seen.has('b');
  if (text && binary) throw pyError('ValueError', "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1) throw pyError('ValueError', 'must have exactly one of create/read/write/append mode');
  if (binary && encoding !== undefined) throw pyError('ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== undefined) throw pyError('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== undefined) throw pyError('ValueError', "binary mode doesn't take a newline argument");
  if (binary && buffering === 1) throw pyError('NotImplementedError', 'open(): buffering=1 in binary mode (CPython warns) is not supported');

  // FileIO's own checks.
  if (typeof file !== 'string' && !(file instanceof PyBytes)) {
    if (typeof file === 'number' && Number.isInteger(file) || typeof file === 'boolean' || typeof file === 'bigint') {
      throw pyError('NotImplementedError', 'open(): file descriptors are not supported');
    }
    throw pyError('TypeError', `expected str, bytes or os.PathLike object, not ${typeName(file)}`);
  }
  if (!(creating || reading || writing || appending)) {
    throw pyError('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  }
  if (!closefd) throw pyError('ValueError', 'Cannot use closefd=False with file name');
  if (opener !== undefined) throw pyError('NotImplementedError', 'open(): opener is not supported');
  if (buffering === 0) {
    if (!binary) throw pyError('ValueError', "can't have unbuffered text I/O");
    throw pyError('NotImplementedError', 'open(): unbuffered binary files (buffering=0) are not supported');
  }
  const path = file instanceof PyBytes ? decode(file.data, 'utf-8', 'surrogateescape') : file;
  if (path.includes('\0')) throw pyError('ValueError', 'embedded null byte');

  const C = hostOpenFlags();
  let flags = C.O_CLOEXEC | 0;
  if (creating) flags |= C.O_EXCL | C.O_CREAT;
  if (writing) flags |= C.O_CREAT | C.O_TRUNC;
  if (appending) flags |= C.O_APPEND | C.O_CREAT;
  flags |= updating ? C.O_RDWR : reading ? C.O_RDONLY : C.O_WRONLY;
  const readable = reading || updating;
  const writable = !reading || updating;
  const raw = new RawFile(path, flags, readable, writable, appending);

  if (binary) {
    const rawMode = creating ? (readable ? 'xb+' : 'xb') : appending ? (readable ? 'ab+' : 'ab')
      : readable ? (writable ? 'rb+' : 'rb') : 'wb';
    const cls = updating ? BufferedRandom : readable ? BufferedReader : BufferedWriter;
    return new PyBinaryFile(cls, raw, file, rawMode);
  }
  try {
    if (newline !== undefined && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
      throw pyError('ValueError', `illegal newline value: ${newline}`);
    }
    const shown = encoding === undefined || encoding === 'locale' ? localeEncoding() : encoding;
    let codec;
    try {
      codec = lookupCodec(shown);
    } catch (e) {
      codec = undefined;
    }
    if (codec !== 'utf-8' && codec !== 'ascii' && codec !== 'latin-1') {
      throw pyError('NotImplementedError', `open(): encoding '${shown}' is not supported`);
    }
    if (errors === 'surrogatepass' || errors === 'namereplace') {
      throw pyError('NotImplementedError', `open(): error handler '${errors}' is not supported`);
    }
    return new PyTextFile(raw, file, mode, codec, shown, errors === undefined ? 'strict' : errors, newline);
  } catch (e) {
    raw.close();
    throw e;
  }
}

// Called through a value, open checks its arguments as CPython does (internals/call.js).
hasArity(open, $open);
