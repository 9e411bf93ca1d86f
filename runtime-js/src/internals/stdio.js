// Python's sys.stdout / sys.stderr over the host's streams (internals/host.js). Under Node,
// stdout is buffered and written in large chunks (flushed at exit, before stderr output and
// before reading stdin), which is what makes print-heavy programs fast; writes are
// synchronous so output order is CPython's.

import { IS_NODE, hostWriteStdout, hostWriteStderr, hostReadStdin, decodeUtf8, onHostExit } from './host.js';

let out = '';
// In a browser the host stream does its own line handling, so nothing waits here for an exit
// that never comes.
const LIMIT = IS_NODE ? 1 << 16 : 0;

/** Appends to the stdout buffer. */
export function writeStdout(s) {
  out += s;
  if (out.length > LIMIT) flushStdout();
}

export function flushStdout() {
  if (out.length) {
    const s = out;
    out = '';
    hostWriteStdout(s);
  }
}

/** Writes to stderr after flushing stdout, so interleaving matches an unbuffered terminal. */
export function writeStderr(s) {
  flushStdout();
  hostWriteStderr(s);
}

let pending = new Uint8Array(0);
let eof = false;

function concat(a, b) {
  const c = new Uint8Array(a.length + b.length);
  c.set(a, 0);
  c.set(b, a.length);
  return c;
}

/** Reads one line from stdin (with its newline), or '' at end of input. */
export function readLine() {
  flushStdout();
  for (;;) {
    const nl = pending.indexOf(10);
    if (nl >= 0) {
      const line = decodeUtf8(pending.subarray(0, nl + 1));
      pending = pending.subarray(nl + 1);
      return line;
    }
    if (eof) {
      const rest = decodeUtf8(pending);
      pending = new Uint8Array(0);
      return rest;
    }
    const chunk = hostReadStdin(65536);
    if (chunk.length === 0) eof = true;
    else pending = concat(pending, chunk);
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

onHostExit(flushStdout);
