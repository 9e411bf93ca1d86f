// Text encodings: https://docs.python.org/3/library/codecs.html#standard-encodings
// The codecs the runtime implements exactly (utf-8, ascii, latin-1, utf-16 and utf-32 with
// their byte-order variants), with CPython's error handlers and UnicodeError messages and
// arguments. Other codec names are refused at build time (CheckUnsupportedFeatures), so
// the LookupError below is only reached for names CPython does not know either.

import { pyError } from './errors.js';
import { makeTuple } from '../types/tuple.js';
import { instanceSet } from './instance-attrs.js';

// CPython's encodings.normalize_encoding + encodings.aliases, for the codecs implemented here.
const CODECS = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', us: 'ascii', cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii',
  iso646_us: 'ascii', iso_ir_6: 'ascii', ansi_x3_4_1968: 'ascii', ansi_x3_4_1986: 'ascii',
  latin_1: 'latin-1', latin1: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso8859_1: 'latin-1',
  iso_8859_1: 'latin-1', '8859': 'latin-1', cp819: 'latin-1', ibm819: 'latin-1', iso8859: 'latin-1',
  csisolatin1: 'latin-1', iso_ir_100: 'latin-1', iso_8859_1_1987: 'latin-1',
  utf_16: 'utf-16', utf16: 'utf-16', u16: 'utf-16',
  utf_16_le: 'utf-16-le', utf_16le: 'utf-16-le', unicodelittleunmarked: 'utf-16-le',
  utf_16_be: 'utf-16-be', utf_16be: 'utf-16-be', unicodebigunmarked: 'utf-16-be',
  utf_32: 'utf-32', utf32: 'utf-32', u32: 'utf-32',
  utf_32_le: 'utf-32-le', utf_32le: 'utf-32-le', utf_32_be: 'utf-32-be', utf_32be: 'utf-32-be',
};

/** The canonical name of a codec ('utf-8', 'latin-1', 'utf-16-le', ...), or CPython's LookupError. */
export function lookupCodec(encoding) {
  const key = encoding.toLowerCase().replace(/ /g, '_').replace(/[^a-z0-9.]+/g, '_').replace(/^_+|_+$/g, '');
  const c = CODECS[key.replace(/\./g, '_')];
  if (c === undefined) throw pyError('LookupError', `unknown encoding: ${encoding}`);
  return c;
}

function unicodeError(kind, encoding, object, start, end, reason) {
  const e = pyError(kind);
  if (e.$cls === undefined) {
    // Without the object model (unit tests of this module) the error carries only its message.
    e.message = kind === 'UnicodeEncodeError'
      ? encodeErrorMessage(encoding, object, start, end, reason)
      : decodeErrorMessage(encoding, object.data || object, start, end, reason);
    return e;
  }
  e.$args = makeTuple([encoding, object, start, end, reason]);
  for (const [k, v] of Object.entries({ encoding, object, start, end, reason })) instanceSet(e, k, v);
  return e;
}

function badHandler(errors) {
  return pyError('LookupError', `unknown error handler name '${errors}'`);
}

const hex = (c, n) => c.toString(16).padStart(n, '0');

/** The message CPython's UnicodeEncodeError.__str__ builds from the exception's fields. */
export function encodeErrorMessage(encoding, object, start, end, reason) {
  if (end === start + 1) {
    const c = Array.from(object)[start].codePointAt(0);
    const ch = c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
    return `'${encoding}' codec can't encode character '${ch}' in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
}

/** The message CPython's UnicodeDecodeError.__str__ builds from the exception's fields. */
export function decodeErrorMessage(encoding, data, start, end, reason) {
  if (end === start + 1) {
    return `'${encoding}' codec can't decode byte 0x${hex(data[start], 2)} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

// ---------------------------------------------------------------------------------------
// encode

function pushUtf8(out, c) {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

function unitWriter(codec) {
  const width = codec.startsWith('utf-16') ? 2 : 4;
  const big = codec.endsWith('-be');
  return (out, c) => {
    if (width === 2 && c >= 0x10000) {
      const v = c - 0x10000;
      writeUnit(out, 0xd800 | (v >> 10), 2, big);
      writeUnit(out, 0xdc00 | (v & 0x3ff), 2, big);
    } else writeUnit(out, c, width, big);
  };
}

function writeUnit(out, c, width, big) {
  const b = [];
  for (let k = 0; k < width; k++) b.push((c >>> (8 * k)) & 0xff);
  if (big) b.reverse();
  out.push(...b);
}

/**
 * str.encode(encoding, errors): a Uint8Array, or CPython's UnicodeEncodeError / LookupError.
 * `s` is indexed by code point, as Python's positions are.
 */
export function encode(s, encoding, errors) {
  const codec = lookupCodec(encoding);
  const cps = Array.from(s, (ch) => ch.codePointAt(0));
  const out = [];
  let write;
  let limit = 0x110000;
  let perChar = false;
  let reason = 'surrogates not allowed';
  if (codec === 'utf-8') write = pushUtf8;
  else if (codec === 'ascii' || codec === 'latin-1') {
    limit = codec === 'ascii' ? 0x80 : 0x100;
    reason = `ordinal not in range(${limit})`;
    write = (o, c) => o.push(c);
  } else {
    // utf-16 and utf-32 report each lone surrogate on its own and write a BOM (little-endian,
    // as on every platform Pyodide and CPython run here) when no byte order is named.
    write = unitWriter(codec === 'utf-16' ? 'utf-16-le' : codec === 'utf-32' ? 'utf-32-le' : codec);
    perChar = true;
    if (codec === 'utf-16' || codec === 'utf-32') write(out, 0xfeff);
  }
  const bad = (c) => c >= limit || (c >= 0xd800 && c < 0xe000);
  for (let pos = 0; pos < cps.length; pos++) {
    const c = cps[pos];
    if (!bad(c)) {
      write(out, c);
      continue;
    }
    let end = pos + 1;
    if (!perChar) while (end < cps.length && bad(cps[end])) end++;
    switch (errors) {
      case 'strict':
        break;
      case 'ignore':
        pos = end - 1;
        continue;
      case 'replace':
        for (let k = pos; k < end; k++) write(out, 0x3f);
        pos = end - 1;
        continue;
      case 'backslashreplace':
        for (let k = pos; k < end; k++) {
          const x = cps[k];
          const esc = x <= 0xff ? '\\x' + hex(x, 2) : x <= 0xffff ? '\\u' + hex(x, 4) : '\\U' + hex(x, 8);
          for (const ch of esc) write(out, ch.charCodeAt(0));
        }
        pos = end - 1;
        continue;
      case 'xmlcharrefreplace':
        for (let k = pos; k < end; k++) for (const ch of `&#${cps[k]};`) write(out, ch.charCodeAt(0));
        pos = end - 1;
        continue;
      case 'surrogateescape':
        if (!perChar && cps.slice(pos, end).every((x) => x >= 0xdc80 && x <= 0xdcff)) {
          for (let k = pos; k < end; k++) out.push(cps[k] - 0xdc00);
          pos = end - 1;
          continue;
        }
        break;
      default:
        throw badHandler(errors);
    }
    const e = unicodeError('UnicodeEncodeError', codec, s, pos, end, reason);
    throw e;
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------
// decode

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** [length, reason] of the UTF-8 sequence at `i`: reason null for a valid character. */
function utf8Step(d, i) {
  const c = d[i];
  if (c < 0x80) return [1, null];
  let need;
  let lo = 0x80;
  let hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return [1, 'invalid start byte'];
  for (let k = 1; k <= need; k++) {
    if (i + k >= d.length) return [k, 'unexpected end of data'];
    const x = d[i + k];
    if (x < lo || x > hi) return [k, 'invalid continuation byte'];
    lo = 0x80;
    hi = 0xbf;
  }
  return [need + 1, null];
}

/** Scans `d` with `step(d, i)` -> [length, reason, text]; error ranges go to the handler. */
function decodeWith(codec, d, errors, step, escapable, owner) {
  let out = '';
  let i = 0;
  while (i < d.length) {
    const [n, reason, text] = step(d, i);
    if (reason === null) {
      out += text;
      i += n;
      continue;
    }
    switch (errors) {
      case 'strict':
        break;
      case 'ignore':
        i += n;
        continue;
      case 'replace':
        out += '\ufffd';
        i += n;
        continue;
      case 'backslashreplace':
        for (let k = i; k < i + n; k++) out += '\\x' + hex(d[k], 2);
        i += n;
        continue;
      case 'surrogateescape':
        if (escapable && d.subarray(i, i + n).every((b) => b >= 0x80)) {
          for (let k = i; k < i + n; k++) out += String.fromCharCode(0xdc00 + d[k]);
          i += n;
          continue;
        }
        break;
      case 'xmlcharrefreplace':
      case 'namereplace':
        throw pyError('TypeError', "don't know how to handle UnicodeDecodeError in error callback");
      default:
        throw badHandler(errors);
    }
    throw unicodeError('UnicodeDecodeError', codec, owner, i, i + n, reason);
  }
  return out;
}

function utf8StepText(d, i) {
  const [n, reason] = utf8Step(d, i);
  if (reason !== null) return [n, reason, ''];
  const c = d[i];
  let cp;
  if (n === 1) cp = c;
  else if (n === 2) cp = ((c & 0x1f) << 6) | (d[i + 1] & 63);
  else if (n === 3) cp = ((c & 0x0f) << 12) | ((d[i + 1] & 63) << 6) | (d[i + 2] & 63);
  else cp = ((c & 0x07) << 18) | ((d[i + 1] & 63) << 12) | ((d[i + 2] & 63) << 6) | (d[i + 3] & 63);
  return [n, null, String.fromCodePoint(cp)];
}

function utf16Step(big) {
  const unit = (d, i) => (big ? (d[i] << 8) | d[i + 1] : d[i] | (d[i + 1] << 8));
  return (d, i) => {
    if (i + 1 >= d.length) return [d.length - i, 'truncated data'];
    const u = unit(d, i);
    if (u < 0xd800 || u > 0xdfff) return [2, null, String.fromCharCode(u)];
    if (u >= 0xdc00) return [2, 'illegal encoding'];
    if (i + 3 >= d.length) return [d.length - i, 'unexpected end of data'];
    const v = unit(d, i + 2);
    if (v < 0xdc00 || v > 0xdfff) return [2, 'illegal UTF-16 surrogate'];
    return [4, null, String.fromCharCode(u, v)];
  };
}

function utf32Step(big) {
  return (d, i) => {
    if (i + 3 >= d.length) return [d.length - i, 'truncated data'];
    const c = big
      ? ((d[i] << 24) | (d[i + 1] << 16) | (d[i + 2] << 8) | d[i + 3]) >>> 0
      : ((d[i + 3] << 24) | (d[i + 2] << 16) | (d[i + 1] << 8) | d[i]) >>> 0;
    if (c > 0x10ffff) return [4, 'code point not in range(0x110000)'];
    if (c >= 0xd800 && c < 0xe000) return [4, 'code point in surrogate code point range(0xd800, 0xe000)'];
    return [4, null, String.fromCodePoint(c)];
  };
}

/**
 * bytes.decode(encoding, errors) of the Uint8Array `d`: a str, or CPython's
 * UnicodeDecodeError whose `object` is `owner` (the bytes object).
 */
export function decode(d, encoding, errors, owner = d) {
  const codec = lookupCodec(encoding);
  switch (codec) {
    case 'utf-8':
      if (errors === 'strict' || errors === 'replace') {
        try {
          return FATAL_UTF8.decode(d);
        } catch (e) {
          // Invalid data: the scan below finds CPython's error range and reason.
        }
      }
      return decodeWith(codec, d, errors, utf8StepText, true, owner);
    case 'ascii':
      return decodeWith(codec, d, errors, (b, i) => (b[i] < 0x80 ? [1, null, String.fromCharCode(b[i])] : [1, 'ordinal not in range(128)']), true, owner);
    case 'latin-1': {
      let out = '';
      for (let i = 0; i < d.length; i += 4096) out += String.fromCharCode(...d.subarray(i, i + 4096));
      return out;
    }
    case 'utf-16':
    case 'utf-32': {
      // A byte-order mark picks the order and is dropped; without one the order is native (little).
      const wide = codec === 'utf-32';
      let big = false;
      let data = d;
      if (!wide && d.length >= 2 && ((d[0] === 0xff && d[1] === 0xfe) || (d[0] === 0xfe && d[1] === 0xff))) {
        big = d[0] === 0xfe;
        data = d.subarray(2);
      } else if (wide && d.length >= 4 && d[0] === 0xff && d[1] === 0xfe && d[2] === 0 && d[3] === 0) {
        data = d.subarray(4);
      } else if (wide && d.length >= 4 && d[0] === 0 && d[1] === 0 && d[2] === 0xfe && d[3] === 0xff) {
        big = true;
        data = d.subarray(4);
      }
      const name = `${codec}-${big ? 'be' : 'le'}`;
      return decodeAfterBom(name, d, d.length - data.length, errors, wide ? utf32Step(big) : utf16Step(big), owner);
    }
    default: {
      const big = codec.endsWith('-be');
      return decodeWith(codec, d, errors, codec.startsWith('utf-16') ? utf16Step(big) : utf32Step(big), false, owner);
    }
  }
}

/** Decodes the data after a BOM, reporting error positions in the whole input as CPython does. */
function decodeAfterBom(codec, d, bom, errors, step, owner) {
  return decodeWith(codec, d, errors, (b, i) => (i < bom ? [bom, null, ''] : step(b, i)), false, owner);
}
