// Python str: https://docs.python.org/3/library/stdtypes.html#text-sequence-type-str
// A str is a JS string indexed by code point. Strings without surrogates (nearly all)
// take the UTF-16 fast paths; the rest are measured and cut by code point.

import { tupleItemsOf, strValueOf } from './value-subclass.js';
import { makeTuple, Tuple } from './tuple.js';
import { pyError } from '../internals/errors.js';
import { PyBytes } from './bytes.js';
import { encode } from '../internals/codecs.js';
import { typeName } from '../internals/arith.js';
import { digitNotDecimal, numericNotN, titleCase, caseFold, inRanges } from '../internals/unicode-tables.js';
import { lazyRegExp } from '../internals/lazy-regexp.js';

const SURROGATE_RE = /[\uD800-\uDFFF]/;
let lastChecked = '';
let lastHasSurrogates = false;

/** True when `s` holds a surrogate code unit (an astral character or a lone surrogate). */
export function hasSurrogates(s) {
  if (s.length < 2 && !(s.length === 1 && s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) < 0xe000)) return false;
  if (s === lastChecked) return lastHasSurrogates;
  lastChecked = s;
  lastHasSurrogates = SURROGATE_RE.test(s);
  return lastHasSurrogates;
}

let lastSplit = '';
let lastCodePoints = [];

/** The code points of `s` as 1-code-point strings (cached for the last string). */
function codePoints(s) {
  if (s !== lastSplit) {
    lastSplit = s;
    lastCodePoints = Array.from(s);
  }
  return lastCodePoints;
}

/** UTF-16 offset of code point index `cp` in `s` (cp within 0..len). */
function unitOffset(s, cp) {
  let u = 0;
  for (let i = 0; i < cp && u < s.length; i++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c < 0xdc00 && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset `u` in `s`. */
function cpIndex(s, u) {
  let n = 0;
  for (let i = 0; i < u; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return n;
}

/** len(s). */
export function strLen(s) {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return n;
}

function indexValue(i) {
  if (typeof i === 'number' && Number.isInteger(i)) return i;
  if (typeof i === 'boolean') return i ? 1 : 0;
  if (typeof i === 'bigint') {
    if (i >= 1n << 63n || i < -(1n << 63n)) throw pyError('IndexError', "cannot fit 'int' into an index-sized integer");
    return i < 0n ? -Infinity : Infinity;
  }
  throw pyError('TypeError', `string indices must be integers, not '${typeName(i)}'`);
}

/** s[i]. */
export function strGetItem(s, i) {
  let k = indexValue(i);
  if (!hasSurrogates(s)) {
    if (k < 0) k += s.length;
    if (k >= 0 && k < s.length) return s[k];
  } else {
    const cps = codePoints(s);
    if (k < 0) k += cps.length;
    if (k >= 0 && k < cps.length) return cps[k];
  }
  throw pyError('IndexError', 'string index out of range');
}

function sliceArg(x, dflt) {
  if (x === undefined || x === null) return dflt;
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return x < 0n ? -Number.MAX_VALUE : Number.MAX_VALUE;
  // An object with `__index__` (the message is CPython's for one without).
  return sliceArg(indexFn(x, () => 'slice indices must be integers or None or have an __index__ method'), dflt);
}

/**
 * CPython's PySlice_AdjustIndices: [start, stop, step, count] for a sequence of `length`
 * with None as undefined/null.
 */
export function adjustSlice(length, start, stop, step) {
  const st = sliceArg(step, 1);
  if (st === 0) throw pyError('ValueError', 'slice step cannot be zero');
  let a = sliceArg(start, st < 0 ? length - 1 : 0);
  let b = sliceArg(stop, st < 0 ? -1 : length);
  if (start !== undefined && start !== null) {
    if (a < 0) { a += length; if (a < 0) a = st < 0 ? -1 : 0; } else if (a >= length) a = st < 0 ? length - 1 : length;
  }
  if (stop !== undefined && stop !== null) {
    if (b < 0) { b += length; if (b < 0) b = st < 0 ? -1 : 0; } else if (b >= length) b = st < 0 ? length - 1 : length;
  }
  let n = 0;
  if (st < 0) { if (b < a) n = Math.floor((a - b - 1) / -st) + 1; } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

/** s[start:stop:step] with None as undefined/null. */
export function strSlice(s, start, stop, step) {
  const plain = !hasSurrogates(s);
  const cps = plain ? null : codePoints(s);
  const len = plain ? s.length : cps.length;
  const [a, b, st, n] = adjustSlice(len, start, stop, step);
  if (st === 1) return plain ? s.slice(a, b) : n > 0 ? cps.slice(a, b).join('') : '';
  let out = '';
  for (let i = 0, k = a; i < n; i++, k += st) out += plain ? s[k] : cps[k];
  return out;
}

/** iter(s): a JS iterator of 1-code-point strings. */
export function strIter(s) {
  return s[Symbol.iterator]();
}

// ---------------------------------------------------------------------------------------
// repr and character classes

const PRINTABLE_RE = lazyRegExp(String.raw`^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$`, 'u');
const NEEDS_ESCAPE_RE = /[^\x20-\x7e]|['\\]/;

function isPrintableChar(c) {
  return c === ' ' || PRINTABLE_RE().test(c);
}

function hex(n, width) {
  return n.toString(16).padStart(width, '0');
}

/** repr(s): CPython's quote choice and escapes (printable characters stay as they are). */
export function strRepr(s) {
  const quote = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  if (!NEEDS_ESCAPE_RE.test(s)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x7f || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (isPrintableChar(ch)) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + quote;
}

/** The \\xNN, \\uNNNN or \\UNNNNNNNN escape of a code point. */
export function escapeCodePoint(c) {
  return c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
}

/** ascii(s): repr with every non-ASCII character escaped. */
export function strAscii(s) {
  return strRepr(s).replace(/[^\x00-\x7f]/gu, (ch) => escapeCodePoint(ch.codePointAt(0)));
}

const SPACE_CHARS = '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const SPACE_SET = new Set(SPACE_CHARS);

/** Python's str.isspace for one character. */
function isSpaceChar(c) {
  return SPACE_SET.has(c);
}

/** Python's str.isspace for one UTF-16 unit (every space is in the BMP). */
export function isSpaceUnit(u) {
  if (u < 0x80) return u === 32 || (u >= 9 && u <= 13) || (u >= 0x1c && u <= 0x1f);
  return SPACE_SET.has(String.fromCharCode(u));
}

const DECIMAL_RE = lazyRegExp(String.raw`^\p{Nd}$`, 'u');
const NUMBER_RE = lazyRegExp(String.raw`^\p{N}$`, 'u');
const ALPHA_RE = lazyRegExp(String.raw`^\p{L}$`, 'u');
const UPPER_RE = lazyRegExp(String.raw`^\p{Uppercase}$`, 'u');
const LOWER_RE = lazyRegExp(String.raw`^\p{Lowercase}$`, 'u');
const CASED_RE = lazyRegExp(String.raw`^\p{Cased}$`, 'u');
const CASE_IGNORABLE_RE = lazyRegExp(String.raw`^\p{Case_Ignorable}$`, 'u');
const TITLE_RE = lazyRegExp(String.raw`^\p{Lt}$`, 'u');
const ID_START_RE = lazyRegExp(String.raw`^[\p{XID_Start}_]$`, 'u');
const ID_CONTINUE_RE = lazyRegExp(String.raw`^\p{XID_Continue}$`, 'u');

function isDecimalChar(c) { return DECIMAL_RE().test(c); }
function isDigitChar(c) { return DECIMAL_RE().test(c) || inRanges(digitNotDecimal(), c.codePointAt(0)); }
function isNumericChar(c) { return NUMBER_RE().test(c) || inRanges(numericNotN(), c.codePointAt(0)); }
function isAlphaChar(c) { return ALPHA_RE().test(c); }

function all(s, pred) {
  if (s.length === 0) return false;
  for (const c of s) if (!pred(c)) return false;
  return true;
}

export function strMethod_isspace(s) { return all(s, isSpaceChar); }
export function strMethod_isdecimal(s) { return all(s, isDecimalChar); }
export function strMethod_isdigit(s) { return all(s, isDigitChar); }
export function strMethod_isnumeric(s) { return all(s, isNumericChar); }
export function strMethod_isalpha(s) { return all(s, isAlphaChar); }
export function strMethod_isalnum(s) { return all(s, (c) => isAlphaChar(c) || isNumericChar(c)); }
export function strMethod_isascii(s) { return /^[\x00-\x7f]*$/.test(s); }
export function strMethod_isprintable(s) {
  for (const c of s) if (!isPrintableChar(c)) return false;
  return true;
}
export function strMethod_isidentifier(s) {
  if (s.length === 0) return false;
  let first = true;
  for (const c of s) {
    if (!(first ? ID_START_RE().test(c) : ID_CONTINUE_RE().test(c))) return false;
    first = false;
  }
  return true;
}
export function strMethod_isupper(s) {
  let cased = false;
  for (const c of s) {
    if (LOWER_RE().test(c) || TITLE_RE().test(c)) return false;
    if (!cased && UPPER_RE().test(c)) cased = true;
  }
  return cased;
}
export function strMethod_islower(s) {
  let cased = false;
  for (const c of s) {
    if (UPPER_RE().test(c) || TITLE_RE().test(c)) return false;
    if (!cased && LOWER_RE().test(c)) cased = true;
  }
  return cased;
}
export function strMethod_istitle(s) {
  let cased = false, previousCased = false;
  for (const c of s) {
    if (UPPER_RE().test(c) || TITLE_RE().test(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (LOWER_RE().test(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

// ---------------------------------------------------------------------------------------
// Case mappings

export function strMethod_upper(s) { return s.toUpperCase(); }
export function strMethod_lower(s) { return s.toLowerCase(); }

export function strMethod_casefold(s) {
  let out = '';
  for (const c of s) {
    const f = caseFold()[c.codePointAt(0)];
    out += f !== undefined ? f : c.toLowerCase();
  }
  return out;
}

/** Lower-cases the character at code point index `i` of `cps`, applying the final-sigma rule. */
function lowerAt(cps, i) {
  const c = cps[i];
  if (c !== '\u03a3') return c.toLowerCase();
  // Final_Sigma: preceded by a cased letter and not followed by one (case-ignorables skipped).
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE_RE().test(cps[j])) j--;
  const before = j >= 0 && CASED_RE().test(cps[j]);
  j = i + 1;
  while (j < cps.length && CASE_IGNORABLE_RE().test(cps[j])) j++;
  const after = j < cps.length && CASED_RE().test(cps[j]);
  return before && !after ? '\u03c2' : '\u03c3';
}

function titleChar(c) {
  const t = titleCase()[c.codePointAt(0)];
  return t !== undefined ? t : c.toUpperCase();
}

export function strMethod_title(s) {
  const cps = Array.from(s);
  let out = '';
  let previousCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += previousCased ? lowerAt(cps, i) : titleChar(c);
    previousCased = CASED_RE().test(c);
  }
  return out;
}

export function strMethod_capitalize(s) {
  const cps = Array.from(s);
  if (cps.length === 0) return '';
  let out = titleChar(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function strMethod_swapcase(s) {
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (UPPER_RE().test(c)) out += lowerAt(cps, i);
    else if (LOWER_RE().test(c)) out += c.toUpperCase();
    else out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Searching. Indices are code points; positions inside a surrogate pair never match.

function checkStr(x, what) {
  if (typeof x !== 'string') throw pyError('TypeError', `${what}must be str, not ${typeName(x)}`);
  return x;
}

/** [unitStart, unitEnd, cpStart] of the s[start:end] window used by find/count/startswith. */
function window(s, start, end) {
  const len = strLen(s);
  let a = sliceArg(start, 0), b = sliceArg(end, len);
  if (a < 0) { a += len; if (a < 0) a = 0; }
  if (b < 0) { b += len; if (b < 0) b = 0; }
  if (b > len) b = len;
  if (!hasSurrogates(s)) return [a, b, a, a > len];
  return [unitOffset(s, Math.min(a, len)), unitOffset(s, b), a, a > len];
}

function validMatch(s, p, sub) {
  if (p < 0) return true;
  const first = sub.charCodeAt(0), last = sub.charCodeAt(sub.length - 1);
  if ((first & 0xfc00) === 0xdc00 && p > 0 && (s.charCodeAt(p - 1) & 0xfc00) === 0xd800) return false;
  const after = p + sub.length;
  if ((last & 0xfc00) === 0xd800 && after < s.length && (s.charCodeAt(after) & 0xfc00) === 0xdc00) return false;
  return true;
}

export function findUnits(s, sub, a, b, reverse) {
  if (sub.length === 0) return a <= b ? (reverse ? b : a) : -1;
  if (!reverse) {
    let p = s.indexOf(sub, a);
    while (p >= 0 && p + sub.length <= b) {
      if (validMatch(s, p, sub)) return p;
      p = s.indexOf(sub, p + 1);
    }
    return -1;
  }
  let p = b - sub.length;
  if (p < a) return -1;
  p = s.lastIndexOf(sub, p);
  while (p >= a) {
    if (validMatch(s, p, sub)) return p;
    p = p === 0 ? -1 : s.lastIndexOf(sub, p - 1);
  }
  return -1;
}

function find(s, sub, start, end, reverse) {
  checkStr(sub, 'expected str, got ');
  const [a, b, , past] = window(s, start, end);
  if (past) return -1;
  const p = findUnits(s, sub, a, b, reverse);
  return p < 0 || !hasSurrogates(s) ? p : cpIndex(s, p);
}

/** `sub in s`. */
export function strContains(s, sub) {
  if (typeof sub !== 'string') throw pyError('TypeError', `'in <string>' requires string as left operand, not ${typeName(sub)}`);
  return findUnits(s, sub, 0, s.length, false) >= 0;
}

export function strMethod_find(s, sub, start, end) { return find(s, sub, start, end, false); }
export function strMethod_rfind(s, sub, start, end) { return find(s, sub, start, end, true); }
export function strMethod_index(s, sub, start, end) {
  const r = find(s, sub, start, end, false);
  if (r < 0) throw pyError('ValueError', 'substring not found');
  return r;
}
export function strMethod_rindex(s, sub, start, end) {
  const r = find(s, sub, start, end, true);
  if (r < 0) throw pyError('ValueError', 'substring not found');
  return r;
}

export function strMethod_count(s, sub, start, end) {
  checkStr(sub, 'expected str, got ');
  const [a, b, cpa, past] = window(s, start, end);
  if (past) return 0;
  if (sub.length === 0) {
    return b < a ? 0 : (hasSurrogates(s) ? cpIndex(s, b) - cpa : b - a) + 1;
  }
  let n = 0;
  for (let p = findUnits(s, sub, a, b, false); p >= 0; p = findUnits(s, sub, p + sub.length, b, false)) n++;
  return n;
}

function affixMatch(s, affix, start, end, suffix, method) {
  const [a, b, , past] = window(s, start, end);
  const test = (p) => {
    if (typeof p !== 'string' && strValueOf(p) !== undefined) p = strValueOf(p);
    if (typeof p !== 'string') {
      throw pyError('TypeError', `tuple for ${method} must only contain str, not ${typeName(p)}`);
    }
    if (past || b - a < p.length) return false;
    return suffix ? s.startsWith(p, b - p.length) : s.startsWith(p, a);
  };
  const items = tupleItemsOf(affix);
  if (items !== undefined) return items.some(test);
  if (typeof affix !== 'string') {
    throw pyError('TypeError', `${method} first arg must be str or a tuple of str, not ${typeName(affix)}`);
  }
  return test(affix);
}

export function strMethod_startswith(s, prefix, start, end) { return affixMatch(s, prefix, start, end, false, 'startswith'); }
export function strMethod_endswith(s, suffix, start, end) { return affixMatch(s, suffix, start, end, true, 'endswith'); }

// ---------------------------------------------------------------------------------------
// Splitting and joining (lists are JS arrays)

// operator.index, installed by internals/subscript.js (which imports this module).
let indexFn = null;
export function setStrIndex(f) {
  indexFn = f;
}

/** maxsplit (and replace's count): an index, clipped as CPython's Py_ssize_t conversion clips it. */
function maxsplitValue(m) {
  if (m === undefined || m === null) return -1;
  if (!(typeof m === 'number' && Number.isInteger(m)) && typeof m !== 'bigint') m = indexFn(m);
  if (typeof m === 'bigint' && (m > 9223372036854775807n || m < -9223372036854775808n)) {
    throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return typeof m === 'bigint' ? (m < 0n ? -1 : Number.MAX_SAFE_INTEGER) : +m;
}

function sepValue(sep) {
  if (sep === undefined || sep === null) return null;
  if (typeof sep !== 'string') throw pyError('TypeError', `must be str or None, not ${typeName(sep)}`);
  if (sep.length === 0) throw pyError('ValueError', 'empty separator');
  return sep;
}

/** Every whitespace character of str.isspace but the space itself. */
const OTHER_SPACE_RE = /[\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * `s.split()` without maxsplit when the only whitespace in `s` is the space: then it is
 * exactly JS's `split(' ')` less the empty pieces (runs of spaces, either end), and V8's
 * native split allocates the result once, at its size. null when `s` holds other whitespace.
 */
function splitOnSpaces(s) {
  if (OTHER_SPACE_RE.test(s)) return null;
  const out = s.split(' ');
  let w = 0;
  for (let r = 0; r < out.length; r++) {
    const p = out[r];
    if (p.length !== 0) {
      if (w !== r) out[w] = p;
      w++;
    }
  }
  if (w !== out.length) out.length = w;
  return out;
}

export function strMethod_split(s, sep, maxsplit) {
  const d = sepValue(sep);
  let m = maxsplitValue(maxsplit);
  if (m < 0) {
    if (d === null) {
      const fast = splitOnSpaces(s);
      if (fast !== null) return fast;
    }
    m = Number.MAX_SAFE_INTEGER;
  }
  const out = [];
  if (d !== null) {
    let i = 0;
    while (m > 0) {
      const p = findUnits(s, d, i, s.length, false);
      if (p < 0) break;
      out.push(s.slice(i, p));
      i = p + d.length;
      m--;
    }
    out.push(s.slice(i));
    return out;
  }
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (m === 0) {
      // CPython keeps the rest as it is, trailing whitespace included.
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < n && !isSpaceUnit(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    m--;
    i = j;
  }
  return out;
}

export function strMethod_rsplit(s, sep, maxsplit) {
  const d = sepValue(sep);
  let m = maxsplitValue(maxsplit);
  if (m < 0) m = Number.MAX_SAFE_INTEGER;
  const out = [];
  if (d !== null) {
    let j = s.length;
    while (m > 0) {
      const p = findUnits(s, d, 0, j, true);
      if (p < 0) break;
      out.push(s.slice(p + d.length, j));
      j = p;
      m--;
    }
    out.push(s.slice(0, j));
    return out.reverse();
  }
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isSpaceUnit(s.charCodeAt(j - 1))) j--;
    if (j === 0) break;
    if (m === 0) {
      // CPython keeps the rest as it is, leading whitespace included.
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceUnit(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    m--;
    j = i;
  }
  return out.reverse();
}

const LINE_BREAKS = new Set('\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029');

export function strMethod_splitlines(s, keepends = false) {
  const out = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !LINE_BREAKS.has(s[j])) j++;
    let eol = j;
    if (j < n) eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

/** sep.join(items) for a JS array of items. */
export function strMethod_join(sep, items) {
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'string') {
      throw pyError('TypeError', `sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    }
  }
  return items.join(sep);
}

export function strMethod_partition(s, sep) {
  const d = sepValue(checkStr(sep, ''));
  const p = findUnits(s, d, 0, s.length, false);
  return p < 0 ? makeTuple([s, '', '']) : makeTuple([s.slice(0, p), d, s.slice(p + d.length)]);
}

export function strMethod_rpartition(s, sep) {
  const d = sepValue(checkStr(sep, ''));
  const p = findUnits(s, d, 0, s.length, true);
  return p < 0 ? makeTuple(['', '', s]) : makeTuple([s.slice(0, p), d, s.slice(p + d.length)]);
}

// ---------------------------------------------------------------------------------------
// Stripping, replacing, padding

function stripChars(s, chars, left, right) {
  let pred;
  if (chars === undefined || chars === null) pred = isSpaceChar;
  else {
    if (typeof chars !== 'string') throw pyError('TypeError', `strip arg must be None or str`);
    const set = new Set(chars);
    pred = (c) => set.has(c);
  }
  const cps = hasSurrogates(s) ? Array.from(s) : s;
  let i = 0, j = cps.length;
  if (left) while (i < j && pred(cps[i])) i++;
  if (right) while (j > i && pred(cps[j - 1])) j--;
  return typeof cps === 'string' ? s.slice(i, j) : cps.slice(i, j).join('');
}

export function strMethod_strip(s, chars) { return stripChars(s, chars, true, true); }
export function strMethod_lstrip(s, chars) { return stripChars(s, chars, true, false); }
export function strMethod_rstrip(s, chars) { return stripChars(s, chars, false, true); }

export function strMethod_replace(s, old, rep, count) {
  checkStr(old, 'replace() argument 1 ');
  checkStr(rep, 'replace() argument 2 ');
  let m = maxsplitValue(count);
  if (m < 0) m = Number.MAX_SAFE_INTEGER;
  if (m === 0) return s;
  if (old.length === 0) {
    const cps = Array.from(s);
    let out = '';
    let i = 0;
    for (; i < cps.length && m > 0; i++, m--) out += rep + cps[i];
    if (m > 0) return out + rep;
    return out + cps.slice(i).join('');
  }
  let out = '';
  let i = 0;
  while (m > 0) {
    const p = findUnits(s, old, i, s.length, false);
    if (p < 0) break;
    out += s.slice(i, p) + rep;
    i = p + old.length;
    m--;
  }
  return out + s.slice(i);
}

export function strMethod_removeprefix(s, prefix) {
  checkStr(prefix, 'removeprefix() argument ');
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function strMethod_removesuffix(s, suffix) {
  checkStr(suffix, 'removesuffix() argument ');
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

function padArgs(width, fill) {
  const w = typeof width === 'bigint' ? Number(width) : +width;
  if (fill === undefined) fill = ' ';
  if (typeof fill !== 'string' || strLen(fill) !== 1) {
    throw pyError('TypeError', 'The fill character must be exactly one character long');
  }
  return w;
}

export function strMethod_center(s, width, fill) {
  const w = padArgs(width, fill);
  const len = strLen(s);
  if (w <= len) return s;
  const f = fill === undefined ? ' ' : fill;
  const marg = w - len;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

export function strMethod_ljust(s, width, fill) {
  const w = padArgs(width, fill);
  const len = strLen(s);
  return w <= len ? s : s + (fill === undefined ? ' ' : fill).repeat(w - len);
}

export function strMethod_rjust(s, width, fill) {
  const w = padArgs(width, fill);
  const len = strLen(s);
  return w <= len ? s : (fill === undefined ? ' ' : fill).repeat(w - len) + s;
}

export function strMethod_zfill(s, width) {
  const w = typeof width === 'bigint' ? Number(width) : +width;
  const len = strLen(s);
  if (w <= len) return s;
  const zeros = '0'.repeat(w - len);
  if (s[0] === '+' || s[0] === '-') return s[0] + zeros + s.slice(1);
  return zeros + s;
}

export function strMethod_expandtabs(s, tabsize = 8) {
  const t = typeof tabsize === 'bigint' ? Number(tabsize) : +tabsize;
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (t > 0) {
        const n = t - (col % t);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** s * n. */
export function strMul(s, n) {
  if (typeof n === 'boolean') n = n ? 1 : 0;
  if (typeof n === 'bigint') {
    if (n <= 0n || s.length === 0) return '';
    throw pyError('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  if (n <= 0 || s.length === 0) return '';
  try {
    return s.repeat(n);
  } catch (e) {
    throw pyError('MemoryError', '');
  }
}

/** Three-way comparison of two strs by code point (JS `<` compares UTF-16 units). */
export function strCompare(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        // Surrogates encode code points above U+FFFF: order them after U+E000..U+FFFF.
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

// ---------------------------------------------------------------------------------------
// translate / maketrans

/** Returned by a translate lookup callback when the table has no entry for a code point. */
export const MISSING = Symbol('missing');

/**
 * s.translate(table): `lookup(table, codePoint)` returns the mapped value (a str, an int
 * code point, None as undefined/null) or MISSING. A JS Map table needs no callback.
 */
export function strMethod_translate(s, table, lookup) {
  const get = lookup !== undefined ? lookup : (t, k) => (t.has(k) ? t.get(k) : MISSING);
  let out = '';
  for (const c of s) {
    const v = get(table, c.codePointAt(0));
    if (v === MISSING) out += c;
    else if (v === undefined || v === null) continue;
    else if (typeof v === 'string') out += v;
    else if (typeof v === 'number' && Number.isInteger(v)) {
      if (v < 0 || v > 0x10ffff) throw pyError('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(v);
    } else throw pyError('TypeError', 'character mapping must return integer, None or str');
  }
  return out;
}

/**
 * str.maketrans(x[, y[, z]]) as a JS array of [key, value] entries, in insertion order,
 * for the caller to turn into a dict. With one argument, `x` is a JS array of [key, value]
 * pairs from the dict; str keys of length 1 become code points.
 */
export function strMaketrans(x, y, z) {
  const out = new Map();
  if (y === undefined) {
    for (const [k, v] of x) {
      if (typeof k === 'string') {
        if (strLen(k) !== 1) throw pyError('ValueError', 'string keys in translate table must be of length 1');
        out.set(k.codePointAt(0), v);
      } else if (typeof k === 'number' && Number.isInteger(k)) out.set(k, v);
      else throw pyError('TypeError', 'keys in translate table must be strings or integers');
    }
    return [...out];
  }
  // CPython's argument parser checks the second and third arguments, then the method the first.
  if (typeof y !== 'string') throw pyError('TypeError', 'maketrans() argument 2 must be str, not ' + typeName(y));
  if (z !== undefined && z !== null && typeof z !== 'string') throw pyError('TypeError', 'maketrans() argument 3 must be str, not ' + typeName(z));
  if (typeof x !== 'string') throw pyError('TypeError', 'first maketrans argument must be a string if there is a second argument');
  const xs = Array.from(x), ys = Array.from(y);
  if (xs.length !== ys.length) throw pyError('ValueError', 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < xs.length; i++) out.set(xs[i].codePointAt(0), ys[i].codePointAt(0));
  if (z !== undefined && z !== null) for (const c of z) out.set(c.codePointAt(0), undefined);
  return [...out];
}

// ---------------------------------------------------------------------------------------
// encode

export function strMethod_encode(s, encoding = 'utf-8', errors = 'strict') {
  if (typeof encoding !== 'string') throw pyError('TypeError', `encode() argument 'encoding' must be str, not ${typeName(encoding)}`);
  if (typeof errors !== 'string') throw pyError('TypeError', `encode() argument 'errors' must be str, not ${typeName(errors)}`);
  return new PyBytes(encode(s, encoding, errors));
}
