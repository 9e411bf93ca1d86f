// open()'s text files: CPython's _io.TextIOWrapper over a descriptor (internals/raw-file.js).
// Reads pull 8192-byte chunks as CPython's text layer does, decode them incrementally (a
// character split across chunks waits for the next one) and keep the decoded text untranslated,
// so that tell() can count the bytes not yet consumed; universal newlines are applied as text is
// handed out. Writes go to the descriptor at once (CPython buffers them until a flush or close:
// the difference shows only to another reader of the file while this one is open).

import { PyBytes } from './bytes.js';
import { encode, decode } from '../internals/codecs.js';
import { pyError } from '../internals/errors.js';
import { instanceGet, instanceHas } from '../internals/instance-attrs.js';
import { repr } from '../internals/protocols.js';
import { PyProperty } from '../internals/attribute.js';
import { PyFile, fileType, closedError, unsupported, sizeArg, typeName, arity, nameRepr } from './file-base.js';
import { strValueOf } from './value-subclass.js';

const CHUNK = 8192;
const EMPTY = new Uint8Array(0);

/** The text layer's state, kept on the file object. */
class TextState {
  constructor(codec, encoding, errors, newline) {
    this.codec = codec; // 'utf-8', 'ascii' or 'latin-1'
    this.encoding = encoding; // as open() was given it, or the locale's
    this.errors = errors;
    this.newline = newline; // undefined (universal, translated), '', '\n', '\r' or '\r\n'
    this.dec = ''; // decoded text not yet consumed starts at dpos
    this.dpos = 0;
    this.pending = EMPTY; // bytes read but not decoded (an incomplete character)
    this.eof = false;
    this.telling = true;
  }
}

export class PyTextFile extends PyFile {
  constructor(raw, name, mode, codec, encoding, errors, newline) {
    super(TextIOWrapper, raw, name);
    this.$text = new TextState(codec, encoding, errors, newline);
    this.$$mode = mode;
  }
}

function checkClosed(self) {
  if (self.$raw.closed) throw closedError();
}

function checkReadable(self) {
  checkClosed(self);
  if (!self.$raw.readable) throw unsupported('not readable');
}

/** The length of the longest prefix of `d` that ends on a character boundary (utf-8). */
function completePrefix(d) {
  const n = d.length;
  for (let i = n - 1; i >= 0 && i >= n - 3; i--) {
    const b = d[i];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return n - i < need ? i : n;
  }
  return n;
}

function concat(a, b) {
  if (a.length === 0) return b;
  const c = new Uint8Array(a.length + b.length);
  c.set(a, 0);
  c.set(b, a.length);
  return c;
}

function decodeBytes(st, d) {
  return d.length === 0 ? '' : decode(d, st.codec, st.errors, new PyBytes(d));
}

/** Reads and decodes one more chunk; false at the end of the file. */
function readChunk(self) {
  const st = self.$text;
  if (st.eof) return false;
  const chunk = self.$raw.read(CHUNK);
  if (st.dpos > 0) {
    st.dec = st.dec.slice(st.dpos);
    st.dpos = 0;
  }
  if (chunk.length === 0) {
    st.eof = true;
    const rest = st.pending;
    st.pending = EMPTY;
    st.dec += decodeBytes(st, rest);
    return false;
  }
  const d = concat(st.pending, chunk);
  const k = st.codec === 'utf-8' ? completePrefix(d) : d.length;
  st.pending = d.subarray(k);
  st.dec += decodeBytes(st, d.subarray(0, k));
  return true;
}

/** Drops what was read ahead (before a write or seek), as CPython's text layer does. */
function resetReader(st) {
  st.dec = '';
  st.dpos = 0;
  st.pending = EMPTY;
  st.eof = false;
}

/** Where the line starting at `from` ends (after its terminator) in the decoded text, or -1. */
function lineEnd(st, from) {
  const s = st.dec;
  const nl = st.newline;
  if (nl === undefined || nl === '') {
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) {
        if (i + 1 < s.length) return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        return st.eof ? i + 1 : -1; // a '\r' at the end of what was read may start '\r\n'
      }
    }
    return -1;
  }
  const i = s.indexOf(nl, from);
  return i < 0 ? -1 : i + nl.length;
}

function translate(st, s) {
  return st.newline === undefined && s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * Consumes up to `max` characters (code points, after translation) of the decoded text from
 * dpos, not past `end`; returns them translated.
 */
function take(st, end, max) {
  const s = st.dec;
  let i = st.dpos;
  let n = 0;
  while (i < end && n < max) {
    const c = s.charCodeAt(i);
    if (c === 13 && st.newline === undefined && i + 1 < s.length && s.charCodeAt(i + 1) === 10) i += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d < 0xe000 ? 2 : 1;
    } else i += 1;
    n++;
  }
  const out = translate(st, s.slice(st.dpos, i));
  st.dpos = i;
  return out;
}

/**
 * Where the text that can be handed out now ends: a final '\r' is held back while more may
 * follow, since it may start '\r\n' (CPython's newline decoder keeps it pending).
 */
function usableEnd(st) {
  const n = st.dec.length;
  return st.newline === undefined && !st.eof && n > st.dpos && st.dec.charCodeAt(n - 1) === 13 ? n - 1 : n;
}

/** The number of characters `take` could hand out from the decoded text now, counted up to `limit`. */
function available(st, limit) {
  let n = 0;
  const s = st.dec;
  const end = usableEnd(st);
  for (let i = st.dpos; i < end && n < limit; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c < 0xe000 && i > st.dpos && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00) continue;
    if (c === 10 && st.newline === undefined && i > st.dpos && s.charCodeAt(i - 1) === 13) continue;
    n++;
  }
  return n;
}

function readText(self, size) {
  const st = self.$text;
  if (size < 0) {
    const rest = self.$raw.readAll();
    const d = concat(st.pending, rest);
    st.pending = EMPTY;
    const s = st.dec.slice(st.dpos) + decodeBytes(st, d);
    st.dec = '';
    st.dpos = 0;
    st.eof = true;
    return translate(st, s);
  }
  while (available(st, size) < size && readChunk(self));
  return take(st, usableEnd(st), size);
}

function readLine(self, size) {
  const st = self.$text;
  const limit = size < 0 ? Infinity : size;
  for (;;) {
    const end = lineEnd(st, st.dpos);
    if (end >= 0) return take(st, end, limit);
    if (size >= 0 && available(st, size) >= size) return take(st, usableEnd(st), size);
    if (st.eof) return take(st, st.dec.length, limit);
    readChunk(self);
  }
}

/** The byte length of decoded text, when the codec and error handler make it exact. */
function byteLength(st, s) {
  if (st.codec === 'latin-1') return s.length;
  if (st.errors !== 'strict' && st.errors !== 'surrogateescape') {
    throw pyError('NotImplementedError', `tell() after decoding with errors='${st.errors}' is not supported`);
  }
  if (st.codec === 'ascii') return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else if (c >= 0xdc80 && c < 0xdd00) n += 1; // a byte surrogateescape kept
    else n += 3;
  }
  return n;
}

function tell(self) {
  checkClosed(self);
  if (!self.$raw.seekable) throw unsupported('underlying stream is not seekable');
  const st = self.$text;
  if (!st.telling) throw pyError('OSError', 'telling position disabled by next() call');
  return self.$raw.pos - st.pending.length - byteLength(st, st.dec.slice(st.dpos));
}

function intArg(x) {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') throw pyError('OverflowError', 'Python int too large to convert to C long');
  throw pyError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
}

export const TextIOWrapper = fileType('TextIOWrapper', {
  read(self, ...args) {
    arity('read', args, 1);
    const size = sizeArg(args[0]);
    checkReadable(self);
    return readText(self, size);
  },
  readline(self, ...args) {
    arity('readline', args, 1);
    const size = sizeArg(args[0]);
    checkReadable(self);
    return readLine(self, size);
  },
  __next__(self) {
    checkReadable(self);
    const st = self.$text;
    st.telling = false;
    const line = readLine(self, -1);
    if (line === '') {
      st.telling = self.$raw.seekable;
      throw pyError('StopIteration');
    }
    return line;
  },
  write(self, s, ...rest) {
    arity('write', [s, ...rest], 1);
    if (strValueOf(s) !== undefined) s = strValueOf(s);
    if (typeof s !== 'string') throw pyError('TypeError', `write() argument must be str, not ${typeName(s)}`);
    checkClosed(self);
    if (!self.$raw.writable) throw unsupported('not writable');
    const st = self.$text;
    const nl = st.newline;
    const text = nl === '\r' || nl === '\r\n' ? s.replace(/\n/g, nl) : s;
    resetReader(st);
    self.$raw.write(encode(text, st.codec, st.errors));
    let n = 0;
    for (const _ of s) n++;
    return n;
  },
  tell,
  seek(self, cookie, ...rest) {
    arity('seek', [cookie, ...rest], 2);
    let whence = rest.length ? intArg(rest[0]) : 0;
    checkClosed(self);
    if (!self.$raw.seekable) throw unsupported('underlying stream is not seekable');
    const st = self.$text;
    if (whence === 1) {
      if (intArg(cookie) !== 0) throw unsupported("can't do nonzero cur-relative seeks");
      cookie = tell(self);
      whence = 0;
    } else if (whence === 2) {
      if (intArg(cookie) !== 0) throw unsupported("can't do nonzero end-relative seeks");
      resetReader(st);
      self.$raw.pos = self.$raw.size();
      return self.$raw.pos;
    } else if (whence !== 0) {
      throw pyError('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    cookie = intArg(cookie);
    if (cookie < 0) throw pyError('ValueError', `negative seek position ${cookie}`);
    resetReader(st);
    self.$raw.pos = cookie;
    return cookie;
  },
  truncate(self, ...args) {
    arity('truncate', args, 1);
    checkClosed(self);
    if (!self.$raw.writable) throw unsupported('truncate');
    const pos = args[0] === undefined ? self.$raw.pos : intArg(args[0]);
    if (pos < 0) throw pyError('OSError', '[Errno 22] Invalid argument');
    self.$raw.truncate(pos);
    return pos;
  },
  flush(self) {
    checkClosed(self);
    return undefined;
  },
  __repr__(self) {
    let s = '<_io.TextIOWrapper ' + nameRepr(self);
    if (instanceHas(self, 'mode')) s += ` mode=${repr(instanceGet(self, 'mode'))}`;
    return s + ` encoding=${repr(self.$text.encoding)}>`;
  },
  encoding: new PyProperty((self) => self.$text.encoding),
  errors: new PyProperty((self) => self.$text.errors),
});
TextIOWrapper.$native = PyTextFile;
