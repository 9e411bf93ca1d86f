// open()'s binary files: CPython's _io.BufferedReader ('rb'), BufferedWriter ('wb', 'ab', 'xb')
// and BufferedRandom ('+') over a descriptor (internals/raw-file.js). Reads keep a read-ahead
// buffer (lines are cut from it); writes go to the descriptor at once, at the logical position
// (CPython buffers them until a flush or close: the difference shows only to another reader of
// the file while this one is open).

import { PyBytes, isBytesLike } from './bytes.js';
import { pyError } from '../internals/errors.js';
import { PyProperty } from '../internals/attribute.js';
import { PyFile, fileType, closedError, unsupported, sizeArg, typeName, arity, nameRepr } from './file-base.js';

const CHUNK = 8192;
const EMPTY = new Uint8Array(0);

export class PyBinaryFile extends PyFile {
  constructor(cls, raw, name, mode) {
    super(cls, raw, name);
    this.$mode = mode;
    this.$buf = EMPTY; // read ahead, not yet consumed from $bpos
    this.$bpos = 0;
  }
}

function bytes(d) {
  return new PyBytes(d);
}

function concat(a, b) {
  if (a.length === 0) return b;
  const c = new Uint8Array(a.length + b.length);
  c.set(a, 0);
  c.set(b, a.length);
  return c;
}

/** The logical position: the descriptor's, less what was read ahead and not consumed. */
function position(self) {
  return self.$raw.pos - (self.$buf.length - self.$bpos);
}

/** Drops the read-ahead buffer, moving the descriptor back to the logical position. */
function unread(self) {
  self.$raw.pos = position(self);
  self.$buf = EMPTY;
  self.$bpos = 0;
}

function intArg(x) {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') throw pyError('OverflowError', 'Python int too large to convert to C long');
  throw pyError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
}

function read(self, ...args) {
  arity('read', args, 1);
  const size = sizeArg(args[0]);
  if (!self.$raw.readable) throw unsupported('read');
  if (size < -1) throw pyError('ValueError', 'read length must be non-negative or -1');
  if (self.$raw.closed) throw closedError('read of closed file');
  const have = self.$buf.subarray(self.$bpos);
  if (size >= 0 && have.length >= size) {
    self.$bpos += size;
    return bytes(have.slice(0, size));
  }
  self.$buf = EMPTY;
  self.$bpos = 0;
  return bytes(concat(have.slice(), size < 0 ? self.$raw.readAll() : self.$raw.read(size - have.length)));
}

function readline(self, ...args) {
  arity('readline', args, 1);
  const size = sizeArg(args[0]);
  if (!self.$raw.readable) throw unsupported('read');
  if (self.$raw.closed) throw closedError('readline of closed file');
  return bytes(line(self, size));
}

function line(self, size) {
  let scanned = self.$bpos;
  for (;;) {
    const buf = self.$buf;
    const nl = buf.indexOf(10, scanned);
    let end = nl >= 0 ? nl + 1 : -1;
    if (size >= 0 && (end < 0 || end - self.$bpos > size) && buf.length - self.$bpos >= size) end = self.$bpos + size;
    if (end < 0) {
      const more = self.$raw.read(CHUNK);
      if (more.length > 0) {
        const rest = buf.subarray(self.$bpos);
        scanned = rest.length;
        self.$buf = concat(rest, more);
        self.$bpos = 0;
        continue;
      }
      end = buf.length;
    }
    const out = buf.slice(self.$bpos, end);
    self.$bpos = end;
    return out;
  }
}

function write(self, b, ...rest) {
  arity('write', [b, ...rest], 1);
  if (!self.$raw.writable) throw unsupported('write');
  if (!isBytesLike(b)) throw pyError('TypeError', `a bytes-like object is required, not '${typeName(b)}'`);
  if (self.$raw.closed) throw closedError('write to closed file');
  unread(self);
  self.$raw.write(b.data);
  return b.data.length;
}

const METHODS = {
  read,
  readline,
  __next__(self) {
    if (!self.$raw.readable) throw unsupported('read');
    if (self.$raw.closed) throw closedError('readline of closed file');
    const l = line(self, -1);
    if (l.length === 0) throw pyError('StopIteration');
    return bytes(l);
  },
  write,
  tell(self) {
    if (self.$raw.closed) throw closedError('I/O operation on closed file');
    if (!self.$raw.seekable) throw pyError('OSError', '[Errno 29] Illegal seek');
    return position(self);
  },
  seek(self, offset, ...rest) {
    arity('seek', [offset, ...rest], 2);
    offset = intArg(offset);
    const whence = rest.length ? intArg(rest[0]) : 0;
    if (whence < 0 || whence > 2) throw pyError('ValueError', `whence value ${whence} unsupported`);
    if (self.$raw.closed) throw closedError('seek of closed file');
    if (!self.$raw.seekable) throw pyError('OSError', '[Errno 29] Illegal seek');
    const base = whence === 0 ? 0 : whence === 1 ? position(self) : self.$raw.size();
    if (base + offset < 0) throw pyError('OSError', '[Errno 22] Invalid argument');
    self.$buf = EMPTY;
    self.$bpos = 0;
    self.$raw.pos = base + offset;
    return self.$raw.pos;
  },
  truncate(self, ...args) {
    arity('truncate', args, 1);
    if (!self.$raw.writable) throw unsupported('truncate');
    if (self.$raw.closed) throw closedError('truncate of closed file');
    unread(self);
    const pos = args[0] === undefined ? self.$raw.pos : intArg(args[0]);
    if (pos < 0) throw pyError('OSError', '[Errno 22] Invalid argument');
    self.$raw.truncate(pos);
    return pos;
  },
  flush(self) {
    if (self.$raw.closed) throw closedError(self.$raw.writable ? 'flush of closed file' : 'I/O operation on closed file.');
    return undefined;
  },
  mode: new PyProperty((self) => self.$mode),
};

function binaryType(name) {
  const t = fileType(name, {
    ...METHODS,
    __repr__: (self) => `<_io.${name} ${nameRepr(self)}>`,
  });
  t.$native = PyBinaryFile;
  return t;
}

export const BufferedReader = binaryType('BufferedReader');
export const BufferedWriter = binaryType('BufferedWriter');
export const BufferedRandom = binaryType('BufferedRandom');
