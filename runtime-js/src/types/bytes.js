// Python bytes: https://docs.python.org/3/library/stdtypes.html#bytes-objects
// An immutable byte string over a Uint8Array. The sequence protocol (len, indexing,
// slicing, iteration, `in`, +, *, comparisons, hash) and repr live here; the methods are
// in bytes-methods.js. Many methods work on the "latin-1 string" of the data: a JS string
// with one code unit per byte, on which str's index-based algorithms give bytes' results.

import { pyError } from '../internals/errors.js';
import { adjustSlice } from './str.js';
import { typeName } from '../internals/arith.js';
import { hashStr } from '../internals/hash.js';
import { decode } from '../internals/codecs.js';
import { strValueOf } from './value-subclass.js';

export class PyBytes {
  /** @param {!Uint8Array} data never mutated after this call */
  constructor(data) {
    /** @const {!Uint8Array} */
    this.data = data;
  }

  /** Iteration yields the bytes as ints. */
  $iter() {
    return this.data.values();
  }
}

/** bytearray: the same layout, mutable (not constructed by generated code yet). */
export class PyByteArray extends PyBytes {}

/** A bytes literal from its latin-1 string (one char per byte). */
export function bytesLiteral(s) {
  return bytesFromLatin1(s);
}

/** The bytes whose values are the char codes (< 256) of `s`. */
export function bytesFromLatin1(s) {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new PyBytes(out);
}

/** The latin-1 string of a byte array: one code unit per byte. */
export function latin1(d) {
  if (d.length < 4096) return String.fromCharCode.apply(null, d);
  let out = '';
  for (let i = 0; i < d.length; i += 4096) out += String.fromCharCode.apply(null, d.subarray(i, i + 4096));
  return out;
}

/** Whether `x` is a bytes-like object (bytes or bytearray). */
export function isBytesLike(x) {
  return x instanceof PyBytes;
}

/** bytes(list of ints in range(256)). */
export function bytesFromInts(items) {
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i]);
  return new PyBytes(out);
}

/** An int in range(256) for a byte (bool counts as int), or CPython's TypeError/ValueError. */
export function byteValue(v, range = 'bytes must be in range(0, 256)') {
  let n;
  if (typeof v === 'number' && Number.isInteger(v)) n = v;
  else if (typeof v === 'boolean') n = +v;
  else if (typeof v === 'bigint') n = v < 0n ? -1 : 256;
  else if (indexHook !== null && (n = indexHook(v)) !== undefined) n = typeof n === 'bigint' ? (n < 0n ? -1 : 256) : Number(n);
  else throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) throw pyError('ValueError', range);
  return n;
}

let indexHook = null;
/** Installs `__index__` lookup for byte values that are not ints (the object model's `index`). */
export function setIndexHook(f) {
  indexHook = f;
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

/** b * n for an int count (negative counts give b''). */
export function bytesRepeat(b, n) {
  const c = n <= 0 ? 0 : n;
  if (c * b.data.length > 2 ** 31) throw pyError('MemoryError');
  const out = new Uint8Array(c * b.data.length);
  for (let i = 0; i < c; i++) out.set(b.data, i * b.data.length);
  return new PyBytes(out);
}

/** `x in b`: an int in range(256) or a bytes-like subsequence. */
export function bytesContains(b, x) {
  if (x instanceof PyBytes) return latin1(b.data).includes(latin1(x.data));
  if (strValueOf(x) !== undefined) throw pyError('TypeError', `a bytes-like object is required, not '${typeName(x)}'`);
  return b.data.includes(byteValue(x, 'byte must be in range(0, 256)'));
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

/** hash(b): the hash of the str with the same code points, as CPython's (hash(b'a') == hash('a')). */
export function bytesHash(b) {
  return hashStr(latin1(b.data));
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

/** b.hex(sep='', bytes_per_sep=1). */
export function bytesHex(b, sep, bytesPerSep = 1) {
  const parts = Array.from(b.data, (c) => c.toString(16).padStart(2, '0'));
  if (sep !== undefined) {
    const s = sep instanceof PyBytes ? latin1(sep.data) : sep;
    if (typeof s !== 'string') {
      const scalar = s === null || typeof s !== 'object' || s.constructor === Object;
      throw pyError('TypeError', scalar ? `object of type '${typeName(s)}' has no len()` : 'sep must be str or bytes.');
    }
    if (s.length !== 1) throw pyError('ValueError', 'sep must be length 1.');
    if (s.charCodeAt(0) > 0x7f) throw pyError('ValueError', 'sep must be ASCII.');
    sep = s;
  }
  if (sep === undefined || parts.length === 0) return parts.join('');
  const per = Number(bytesPerSep);
  const n = Math.abs(per);
  if (n === 0) return parts.join('');
  const groups = [];
  if (per < 0) {
    for (let i = 0; i < parts.length; i += n) groups.push(parts.slice(i, i + n).join(''));
  } else {
    for (let i = parts.length; i > 0; i -= n) groups.unshift(parts.slice(Math.max(0, i - n), i).join(''));
  }
  return groups.join(sep);
}

/** bytes.fromhex(s): pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromHex(s) {
  if (strValueOf(s) !== undefined) s = strValueOf(s);
  if (typeof s !== 'string') throw pyError('TypeError', `fromhex() argument must be str, not ${typeName(s)}`);
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

/** b.decode(encoding='utf-8', errors='strict'). */
export function bytesDecode(b, encoding = 'utf-8', errors = 'strict') {
  if (strValueOf(encoding) !== undefined) encoding = strValueOf(encoding);
  if (strValueOf(errors) !== undefined) errors = strValueOf(errors);
  if (typeof encoding !== 'string') throw pyError('TypeError', `decode() argument 'encoding' must be str, not ${typeName(encoding)}`);
  if (typeof errors !== 'string') throw pyError('TypeError', `decode() argument 'errors' must be str, not ${typeName(errors)}`);
  return decode(b.data, encoding, errors, b);
}
