// Python bytes: https://docs.python.org/3/library/stdtypes.html#bytes-objects
// An immutable byte string over a Uint8Array; decoding follows CPython's strict UTF-8
// rules and error messages (invalid start byte / continuation byte / end of data).

import { pyError } from '../internals/errors.js';
import { adjustSlice, normalizeEncoding } from './str.js';
import { typeName } from '../internals/arith.js';

export class PyBytes {
  /** @param {!Uint8Array} data never mutated after this call */
  constructor(data) {
    /** @const {!Uint8Array} */
    this.data = data;
  }
}

/** bytearray: the same layout, mutable. */
export class PyByteArray extends PyBytes {}

/** bytes(list of ints in range(256)). */
export function bytesFromInts(items) {
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (!(typeof v === 'number' && Number.isInteger(v)) && typeof v !== 'boolean' && typeof v !== 'bigint') {
      throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
    }
    const n = Number(v);
    if (n < 0 || n > 255) throw pyError('ValueError', 'bytes must be in range(0, 256)');
    out[i] = n;
  }
  return new PyBytes(out);
}

/** len(b). */
export function bytesLen(b) {
  return b.data.length;
}

/** b[i] (an int). */
export function bytesGetItem(b, i) {
  let k = typeof i === 'bigint' ? (i < 0n ? -Infinity : Infinity) : Number(i);
  if (k < 0) k += b.data.length;
  if (k >= 0 && k < b.data.length) return b.data[k];
  throw pyError('IndexError', 'index out of range');
}

/** b[start:stop:step]. */
export function bytesSlice(b, start, stop, step) {
  const [a, , st, n] = adjustSlice(b.data.length, start, stop, step);
  if (st === 1) return new PyBytes(b.data.slice(a, a + n));
  const out = new Uint8Array(n);
  for (let i = 0, k = a; i < n; i++, k += st) out[i] = b.data[k];
  return new PyBytes(out);
}

/** a + b. */
export function bytesConcat(a, b) {
  if (!(b instanceof PyBytes)) throw pyError('TypeError', `can't concat ${typeName(b)} to ${typeName(a)}`);
  const out = new Uint8Array(a.data.length + b.data.length);
  out.set(a.data, 0);
  out.set(b.data, a.data.length);
  return new PyBytes(out);
}

/** a == b. */
export function bytesEq(a, b) {
  if (a.data.length !== b.data.length) return false;
  for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
  return true;
}

/** Three-way comparison of two byte strings. */
export function bytesCompare(a, b) {
  const n = Math.min(a.data.length, b.data.length);
  for (let i = 0; i < n; i++) if (a.data[i] !== b.data[i]) return a.data[i] < b.data[i] ? -1 : 1;
  return a.data.length === b.data.length ? 0 : a.data.length < b.data.length ? -1 : 1;
}

/** repr(b): b'...' with CPython's quote choice and \\x escapes. */
export function bytesRepr(b) {
  const d = b.data;
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < d.length; i++) {
    if (d[i] === 0x27) hasSingle = true;
    else if (d[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = (b instanceof PyByteArray ? "bytearray(b" : 'b') + quote;
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (c === 0x5c || (c === 0x27 && (quote === "'" || b instanceof PyByteArray))) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote + (b instanceof PyByteArray ? ')' : '');
}

/** b.hex(sep='', bytes_per_sep=1) for a one-character sep. */
export function bytesHex(b, sep, bytesPerSep = 1) {
  const parts = Array.from(b.data, (c) => c.toString(16).padStart(2, '0'));
  if (sep === undefined || sep === '' || parts.length === 0) return parts.join('');
  const n = Math.abs(Number(bytesPerSep));
  const groups = [];
  if (Number(bytesPerSep) < 0) {
    for (let i = 0; i < parts.length; i += n) groups.push(parts.slice(i, i + n).join(''));
  } else {
    for (let i = parts.length; i > 0; i -= n) groups.unshift(parts.slice(Math.max(0, i - n), i).join(''));
  }
  return groups.join(sep);
}

/** bytes.fromhex(s): pairs of hex digits, whitespace allowed between pairs. */
export function bytesFromHex(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f') { i++; continue; }
    const pair = s.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      const pos = /^[0-9a-fA-F]/.test(pair) ? i + 1 : i;
      throw pyError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${pos}`);
    }
    out.push(parseInt(pair, 16));
    i += 2;
  }
  return new PyBytes(Uint8Array.from(out));
}

// ---------------------------------------------------------------------------------------
// decode

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Length of the longest valid prefix of a UTF-8 sequence at `i` and whether it is an
 * error: [consumed, reason] where reason is null for a complete character.
 */
function utf8Step(d, i) {
  const c = d[i];
  if (c < 0x80) return [1, null];
  let need, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
  else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
  else return [1, 'invalid start byte'];
  for (let k = 1; k <= need; k++) {
    if (i + k >= d.length) return [k, 'unexpected end of data'];
    const x = d[i + k];
    if (x < lo || x > hi) return [k, 'invalid continuation byte'];
    lo = 0x80; hi = 0xbf;
  }
  return [need + 1, null];
}

function decodeError(enc, d, start, end, reason) {
  const what = end - start === 1
    ? `byte 0x${d[start].toString(16).padStart(2, '0')} in position ${start}`
    : `bytes in position ${start}-${end - 1}`;
  return pyError('UnicodeDecodeError', `'${enc}' codec can't decode ${what}: ${reason}`);
}

function decodeUtf8(d, errors) {
  if (errors === 'strict') {
    try {
      return FATAL_UTF8.decode(d);
    } catch (e) {
      // Fall through to find CPython's error position and reason.
    }
  }
  let out = '';
  let i = 0;
  let runStart = 0;
  while (i < d.length) {
    const [n, reason] = utf8Step(d, i);
    if (reason === null) { i += n; continue; }
    out += new TextDecoder().decode(d.subarray(runStart, i));
    if (errors === 'strict') throw decodeError('utf-8', d, i, i + n, reason);
    if (errors === 'replace') out += '\ufffd';
    else if (errors !== 'ignore') throw pyError('LookupError', `unknown error handler name '${errors}'`);
    i += n;
    runStart = i;
  }
  return out + new TextDecoder().decode(d.subarray(runStart, i));
}

/** b.decode(encoding='utf-8', errors='strict') for utf-8, ascii and latin-1. */
export function bytesDecode(b, encoding = 'utf-8', errors = 'strict') {
  const enc = normalizeEncoding(encoding);
  const d = b.data;
  if (enc === 'utf-8') return decodeUtf8(d, errors);
  let out = '';
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    if (enc === 'ascii' && c >= 0x80) {
      if (errors === 'strict') throw decodeError('ascii', d, i, i + 1, 'ordinal not in range(128)');
      if (errors === 'replace') out += '\ufffd';
      continue;
    }
    out += String.fromCharCode(c);
  }
  return out;
}
