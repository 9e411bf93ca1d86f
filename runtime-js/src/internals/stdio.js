// Python's sys.stdout / sys.stderr for Node: stdout is buffered and written in large
// chunks (flushed at exit, before stderr output and before reading stdin), which is what
// makes print-heavy programs fast; writes are synchronous so output order is CPython's.

import { writeSync, readSync } from 'node:fs';

let out = '';
const LIMIT = 1 << 16;

function writeAll(fd, s) {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EPIPE') return;
      throw e;
    }
  }
}

/** Appends to the stdout buffer. */
export function writeStdout(s) {
  out += s;
  if (out.length > LIMIT) flushStdout();
}

export function flushStdout() {
  if (out.length) {
    const s = out;
    out = '';
    writeAll(1, s);
  }
}

/** Writes to stderr after flushing stdout, so interleaving matches an unbuffered terminal. */
export function writeStderr(s) {
  flushStdout();
  writeAll(2, s);
}

let pending = Buffer.alloc(0);
let eof = false;

/** Reads one line from stdin (with its newline), or '' at end of input. */
export function readLine() {
  flushStdout();
  for (;;) {
    const nl = pending.indexOf(10);
    if (nl >= 0) {
      const line = pending.subarray(0, nl + 1).toString('utf8');
      pending = pending.subarray(nl + 1);
      return line;
    }
    if (eof) {
      const rest = pending.toString('utf8');
      pending = Buffer.alloc(0);
      return rest;
    }
    const chunk = Buffer.alloc(65536);
    let n;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      if (e.code === 'EOF') n = 0;
      else throw e;
    }
    if (n === 0) eof = true;
    else pending = Buffer.concat([pending, chunk.subarray(0, n)]);
  }
}

/** Reads the rest of stdin. */
export function readAll() {
  let s = '';
  for (;;) {
    const l = readLine();
    if (l === '') return s;
    s += l;
  }
}

process.on('exit', flushStdout);
