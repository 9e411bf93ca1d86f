// The methods and special methods of bytes: https://docs.python.org/3/library/stdtypes.html#bytes-and-bytearray-operations
// Installed on the `bytes` class. Searching, splitting and padding run str's algorithms on
// the latin-1 string of the data (one code unit per byte, so indices agree); case
// conversions, character classes and default whitespace are ASCII-only, as in CPython.

import { bytesType, typeOf, lookup, NotImplemented } from './type.js';
import { makeTuple, Tuple } from './tuple.js';
import * as S from './str.js';
import { defineMethods } from '../internals/method-table.js';
import {
  PyBytes, bytesFromLatin1, latin1, byteValue, setIndexHook, bytesGetItem, bytesSlice, bytesConcat, bytesRepeat,
  bytesContains, bytesEq, bytesCompare, bytesHash, bytesRepr, bytesHex, bytesFromHex, bytesDecode,
} from './bytes.js';
import { pyError } from '../internals/errors.js';
import { call } from '../internals/call.js';
import { ClassMethod, StaticMethod } from '../internals/attribute.js';
import { index, intBoundsSlice, pastSsize, PySlice } from '../internals/subscript.js';
import { toArray, iter } from '../internals/iteration.js';
import { strValueOf } from './value-subclass.js';
import { codecArgument } from './codec-argument.js';

setIndexHook((v) => (v !== null && v !== undefined && lookup(typeOf(v), '__index__') !== undefined ? index(v) : undefined));

const tn = (x) => typeOf(x).__name__;
const B = (s) => bytesFromLatin1(s);
const L = (b) => latin1(b.data);

/** A bytes-like argument as its latin-1 string. */
function bytesArg(x) {
  if (x instanceof PyBytes) return L(x);
  throw pyError('TypeError', `a bytes-like object is required, not '${tn(x)}'`);
}

/** The `sub` of find/count/index: bytes, or an int naming one byte. */
function subArg(x) {
  if (x instanceof PyBytes) return L(x);
  if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint' ||
      (x !== null && x !== undefined && typeof x === 'object' && lookup(typeOf(x), '__index__') !== undefined)) {
    return String.fromCharCode(byteValue(x, 'byte must be in range(0, 256)'));
  }
  throw pyError('TypeError', `argument should be integer or bytes-like object, not '${tn(x)}'`);
}

function intArg(x) {
  const n = index(x);
  if (typeof n === 'bigint') throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
  return n;
}

function fillArg(fill, method) {
  if (fill === undefined) return ' ';
  if (!(fill instanceof PyBytes) || fill.data.length !== 1) {
    throw pyError('TypeError', `${method}() argument 2 must be a byte string of length 1, not ${tn(fill)}`);
  }
  return L(fill);
}

// ---------------------------------------------------------------------------------------
// ASCII character classes and case

const isSpace = (c) => c === 32 || (c >= 9 && c <= 13);
const isLower = (c) => c >= 97 && c <= 122;
const isUpper = (c) => c >= 65 && c <= 90;
const isAlpha = (c) => isLower(c) || isUpper(c);
const isDigit = (c) => c >= 48 && c <= 57;
const toUpper = (c) => (isLower(c) ? c - 32 : c);
const toLower = (c) => (isUpper(c) ? c + 32 : c);

function every(b, pred) {
  const d = b.data;
  if (d.length === 0) return false;
  for (const c of d) if (!pred(c)) return false;
  return true;
}

function mapBytes(b, f) {
  const d = b.data;
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i], i, d);
  return new PyBytes(out);
}

function casedCheck(b, want, other) {
  let cased = false;
  for (const c of b.data) {
    if (other(c)) return false;
    if (want(c)) cased = true;
  }
  return cased;
}

function istitle(b) {
  let cased = false;
  let prevCased = false;
  for (const c of b.data) {
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

function title(b) {
  let prevCased = false;
  return mapBytes(b, (c) => {
    const r = prevCased ? toLower(c) : toUpper(c);
    prevCased = isAlpha(c);
    return r;
  });
}

// ---------------------------------------------------------------------------------------
// Splitting and stripping with ASCII whitespace

function splitWhitespace(s, maxsplit, reverse) {
  const out = [];
  let m = maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit;
  const sp = (i) => isSpace(s.charCodeAt(i));
  if (!reverse) {
    let i = 0;
    const n = s.length;
    while (i < n) {
      while (i < n && sp(i)) i++;
      if (i === n) break;
      if (m === 0) {
        out.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < n && !sp(j)) j++;
      out.push(s.slice(i, j));
      m--;
      i = j;
    }
    return out;
  }
  let j = s.length;
  while (j > 0) {
    while (j > 0 && sp(j - 1)) j--;
    if (j === 0) break;
    if (m === 0) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !sp(i - 1)) i--;
    out.push(s.slice(i, j));
    m--;
    j = i;
  }
  return out.reverse();
}

function split(b, sep, maxsplit, reverse) {
  const m = maxsplit === undefined ? -1 : intArg(maxsplit);
  const s = L(b);
  if (sep === undefined || sep === null) return splitWhitespace(s, m, reverse).map(B);
  const d = bytesArg(sep);
  return (reverse ? S.strMethod_rsplit : S.strMethod_split)(s, d, m).map(B);
}

function strip(b, chars, left, right) {
  const d = b.data;
  let pred = isSpace;
  if (chars !== undefined && chars !== null) {
    const set = new Set(bytesArg(chars));
    pred = (c) => set.has(String.fromCharCode(c));
  }
  let i = 0;
  let j = d.length;
  if (left) while (i < j && pred(d[i])) i++;
  if (right) while (j > i && pred(d[j - 1])) j--;
  return new PyBytes(d.slice(i, j));
}

function splitlines(b, keepends = false) {
  const s = L(b);
  const out = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && s[j] !== '\n' && s[j] !== '\r') j++;
    let eol = j;
    if (j < n) eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    out.push(B(s.slice(i, keepends ? eol : j)));
    i = eol;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Searching

function affix(b, x, start, end, suffix, method) {
  const s = L(b);
  const test = (p) => (suffix ? S.strMethod_endswith : S.strMethod_startswith)(s, p, start, end);
  if (x instanceof Tuple) {
    return x.items.some((p) => {
      if (!(p instanceof PyBytes)) throw pyError('TypeError', `a bytes-like object is required, not '${tn(p)}'`);
      return test(L(p));
    });
  }
  if (!(x instanceof PyBytes)) {
    throw pyError('TypeError', `${method} first arg must be bytes or a tuple of bytes, not ${tn(x)}`);
  }
  return test(L(x));
}

function find(b, sub, start, end, reverse, raise) {
  const r = (reverse ? S.strMethod_rfind : S.strMethod_find)(L(b), subArg(sub), start, end);
  if (r < 0 && raise) throw pyError('ValueError', 'subsection not found');
  return r;
}

function translate(b, table, del) {
  let map = null;
  if (table !== undefined && table !== null) {
    if (!(table instanceof PyBytes)) throw pyError('TypeError', `a bytes-like object is required, not '${tn(table)}'`);
    if (table.data.length !== 256) throw pyError('ValueError', 'translation table must be 256 characters long');
    map = table.data;
  }
  const drop = new Set(del === undefined ? [] : bytesArg(del).split('').map((c) => c.charCodeAt(0)));
  const out = [];
  for (const c of b.data) if (!drop.has(c)) out.push(map === null ? c : map[c]);
  return new PyBytes(Uint8Array.from(out));
}

function maketrans(from, to) {
  const f = bytesArg(from);
  const t = bytesArg(to);
  if (f.length !== t.length) throw pyError('ValueError', 'maketrans arguments must have same length');
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < f.length; i++) out[f.charCodeAt(i)] = t.charCodeAt(i);
  return new PyBytes(out);
}

function join(sep, iterable) {
  const items = toArray(iterable);
  const parts = items.map((x, i) => {
    if (!(x instanceof PyBytes)) throw pyError('TypeError', `sequence item ${i}: expected a bytes-like object, ${tn(x)} found`);
    return L(x);
  });
  return B(parts.join(L(sep)));
}

// ---------------------------------------------------------------------------------------
// Construction: bytes(), bytes(n), bytes(iterable), bytes(str, encoding[, errors])

function construct(args, kw) {
  if (args.length > 3) throw pyError('TypeError', `bytes() takes at most 3 arguments (${args.length} given)`);
  let [source, encoding, errors] = args;
  if (kw !== null) {
    for (const k of Object.keys(kw)) {
      if (k === 'source') source = kw[k];
      else if (k === 'encoding') encoding = kw[k];
      else if (k === 'errors') errors = kw[k];
      else throw pyError('TypeError', `'${k}' is an invalid keyword argument for bytes()`);
    }
  }
  // The codec arguments are checked before the object, as CPython's argument parser does.
  encoding = codecArgument('bytes', 'encoding', encoding);
  errors = codecArgument('bytes', 'errors', errors);
  if (source === undefined && args.length === 0 && (kw === null || !('source' in kw)) &&
      encoding === undefined && errors === undefined) {
    return new PyBytes(new Uint8Array(0));
  }
  if (strValueOf(source) !== undefined) source = strValueOf(source);
  if (encoding !== undefined || errors !== undefined) {
    if (typeof source !== 'string') throw pyError('TypeError', encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    if (encoding === undefined) throw pyError('TypeError', 'string argument without an encoding');
    return S.strMethod_encode(source, encoding, errors === undefined ? 'strict' : errors);
  }
  if (typeof source === 'string') throw pyError('TypeError', 'string argument without an encoding');
  if (source instanceof PyBytes) return new PyBytes(source.data.slice());
  const t = typeOf(source);
  const conv = lookup(t, '__bytes__');
  if (conv !== undefined) {
    const r = call(conv, source);
    if (!(r instanceof PyBytes)) throw pyError('TypeError', `__bytes__ returned non-bytes (type ${tn(r)})`);
    return r;
  }
  if ((typeof source === 'number' && Number.isInteger(source)) || typeof source === 'boolean' || typeof source === 'bigint' ||
      (source !== null && source !== undefined && typeof source === 'object' && lookup(t, '__index__') !== undefined)) {
    const n = index(source);
    if (typeof n === 'bigint') {
      if (n < 0n) throw pyError('ValueError', 'negative count');
      throw pyError('OverflowError', "cannot fit 'int' into an index-sized integer");
    }
    if (n < 0) throw pyError('ValueError', 'negative count');
    return new PyBytes(new Uint8Array(n));
  }
  if (source === undefined || source === null || (lookup(t, '__iter__') === undefined &&
      lookup(t, '__getitem__') === undefined && !(typeof source === 'object' && source.$iter !== undefined) &&
      !Array.isArray(source))) {
    throw pyError('TypeError', `cannot convert '${t.__name__}' object to bytes`);
  }
  const items = toArray(source);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = byteValue(items[i]);
  return new PyBytes(out);
}


bytesType.$new = construct;

// ---------------------------------------------------------------------------------------
// The method table

function compareOp(test) {
  return (a, b) => (b instanceof PyBytes ? test(bytesCompare(a, b)) : NotImplemented);
}

defineMethods(bytesType, {
  __len__: (b) => b.data.length,
  __getitem__(b, k) {
    if (k instanceof PySlice) {
      const s = intBoundsSlice(k);
      return bytesSlice(b, s.start, s.stop, s.step);
    }
    if (typeof k === 'bigint' && pastSsize(k)) throw pyError('IndexError', "cannot fit 'int' into an index-sized integer");
    return bytesGetItem(b, index(k, (v) => `byte indices must be integers or slices, not ${tn(v)}`));
  },
  __iter__: (b) => iter(b),
  __contains__: (b, x) => bytesContains(b, x),
  // Called explicitly these are sq_concat and sq_repeat; the operators never reach them for
  // other operand types (operators.js handles bytes on the left).
  __add__: (a, b) => bytesConcat(a, b),
  __mul__: (b, n) => bytesRepeat(b, intArg(n)),
  __rmul__: (b, n) => bytesRepeat(b, intArg(n)),
  __eq__: (a, b) => (b instanceof PyBytes ? bytesEq(a, b) : NotImplemented),
  __ne__: (a, b) => (b instanceof PyBytes ? !bytesEq(a, b) : NotImplemented),
  __lt__: compareOp((c) => c < 0),
  __le__: compareOp((c) => c <= 0),
  __gt__: compareOp((c) => c > 0),
  __ge__: compareOp((c) => c >= 0),
  __hash__: (b) => bytesHash(b),
  __repr__: (b) => bytesRepr(b),
  __str__: (b) => bytesRepr(b),
  __bytes__: (b) => b,
  __getnewargs__: (b) => makeTuple([b]),
  capitalize: (b) => mapBytes(b, (c, i) => (i === 0 ? toUpper(c) : toLower(c))),
  center: (b, w, f) => B(S.strMethod_center(L(b), intArg(w), fillArg(f, 'center'))),
  ljust: (b, w, f) => B(S.strMethod_ljust(L(b), intArg(w), fillArg(f, 'ljust'))),
  rjust: (b, w, f) => B(S.strMethod_rjust(L(b), intArg(w), fillArg(f, 'rjust'))),
  zfill: (b, w) => B(S.strMethod_zfill(L(b), intArg(w))),
  count: (b, sub, start, end) => S.strMethod_count(L(b), subArg(sub), start, end),
  decode: (bytesDecode),
  endswith: (b, x, start, end) => affix(b, x, start, end, true, 'endswith'),
  startswith: (b, x, start, end) => affix(b, x, start, end, false, 'startswith'),
  expandtabs: ((b, t = 8) => B(S.strMethod_expandtabs(L(b), intArg(t)))),
  find: (b, sub, start, end) => find(b, sub, start, end, false, false),
  rfind: (b, sub, start, end) => find(b, sub, start, end, true, false),
  index: (b, sub, start, end) => find(b, sub, start, end, false, true),
  rindex: (b, sub, start, end) => find(b, sub, start, end, true, true),
  fromhex: new ClassMethod(function fromhex(cls, s) {
    return bytesFromHex(s);
  }),
  hex: ((b, sep, n) => bytesHex(b, sep, n === undefined ? 1 : intArg(n))),
  isalnum: (b) => every(b, (c) => isAlpha(c) || isDigit(c)),
  isalpha: (b) => every(b, isAlpha),
  isascii: (b) => b.data.every((c) => c < 0x80),
  isdigit: (b) => every(b, isDigit),
  islower: (b) => casedCheck(b, isLower, isUpper),
  isupper: (b) => casedCheck(b, isUpper, isLower),
  isspace: (b) => every(b, isSpace),
  istitle: (b) => istitle(b),
  join: (sep, it) => join(sep, it),
  lower: (b) => mapBytes(b, toLower),
  upper: (b) => mapBytes(b, toUpper),
  swapcase: (b) => mapBytes(b, (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)),
  title: (b) => title(b),
  strip: (b, chars) => strip(b, chars, true, true),
  lstrip: (b, chars) => strip(b, chars, true, false),
  rstrip: (b, chars) => strip(b, chars, false, true),
  split: ((b, sep, m) => split(b, sep, m, false)),
  rsplit: ((b, sep, m) => split(b, sep, m, true)),
  splitlines: ((b, k) => splitlines(b, k === undefined ? false : k)),
  partition(b, sep) {
    const [x, y, z] = S.strMethod_partition(L(b), bytesArg(sep)).items;
    return makeTuple([B(x), B(y), B(z)]);
  },
  rpartition(b, sep) {
    const [x, y, z] = S.strMethod_rpartition(L(b), bytesArg(sep)).items;
    return makeTuple([B(x), B(y), B(z)]);
  },
  removeprefix: (b, p) => B(S.strMethod_removeprefix(L(b), bytesArg(p))),
  removesuffix: (b, p) => B(S.strMethod_removesuffix(L(b), bytesArg(p))),
  replace: (b, old, rep, count) => B(S.strMethod_replace(L(b), bytesArg(old), bytesArg(rep), count === undefined ? -1 : intArg(count))),
  translate: (translate),
  maketrans: new StaticMethod(maketrans),
});

/**
 * CPython's argument checks for each method, in the wording of its calling convention:
 * [kind, min, max, keyword names] with kind 'none' (METH_NOARGS), 'one' (METH_O),
 * 'expected' (_PyArg_CheckPositional), 'takes' (PyArg_ParseTuple) or 'clinic' (Argument Clinic).
 */
const ARITY = {
  capitalize: ['none'], isalnum: ['none'], isalpha: ['none'], isascii: ['none'], isdigit: ['none'], islower: ['none'],
  isspace: ['none'], istitle: ['none'], isupper: ['none'], lower: ['none'], upper: ['none'], swapcase: ['none'], title: ['none'],
  join: ['one'], partition: ['one'], rpartition: ['one'], removeprefix: ['one'], removesuffix: ['one'], zfill: ['one'],
  center: ['expected', 1, 2], ljust: ['expected', 1, 2], rjust: ['expected', 1, 2], replace: ['expected', 2, 3],
  strip: ['expected', 0, 1], lstrip: ['expected', 0, 1], rstrip: ['expected', 0, 1],
  count: ['takes', 1, 3], find: ['takes', 1, 3], index: ['takes', 1, 3], rfind: ['takes', 1, 3], rindex: ['takes', 1, 3],
  startswith: ['takes', 1, 3], endswith: ['takes', 1, 3],
  decode: ['clinic', 0, 2, ['encoding', 'errors']], expandtabs: ['clinic', 0, 1, ['tabsize']],
  hex: ['clinic', 0, 2, ['sep', 'bytes_per_sep']], split: ['clinic', 0, 2, ['sep', 'maxsplit']],
  rsplit: ['clinic', 0, 2, ['sep', 'maxsplit']], splitlines: ['clinic', 0, 1, ['keepends']],
  translate: ['clinic', 1, 2, [null, 'delete']],
};

const plural = (n) => (n === 1 ? '' : 's');

function arityError(name, kind, min, max, n) {
  switch (kind) {
    case 'none': return `bytes.${name}() takes no arguments (${n} given)`;
    case 'one': return `bytes.${name}() takes exactly one argument (${n} given)`;
    case 'expected':
      return n > max ? `${name} expected at most ${max} argument${plural(max)}, got ${n}`
        : `${name} expected at least ${min} argument${plural(min)}, got ${n}`;
    case 'takes':
      return n > max ? `${name}() takes at most ${max} argument${plural(max)} (${n} given)`
        : `${name}() takes at least ${min} argument${plural(min)} (${n} given)`;
    default:
      return n > max ? `${name}() takes at most ${max} argument${plural(max)} (${n} given)`
        : `${name}() takes at least ${min} positional argument${plural(min)} (${n} given)`;
  }
}

function checked(name, f) {
  const [kind, min = kind === 'one' ? 1 : 0, max = kind === 'one' ? 1 : 0, names = []] = ARITY[name];
  const g = (self, ...args) => {
    if (args.length < min || args.length > max) throw pyError('TypeError', arityError(name, kind, min, max, args.length));
    return f(self, ...args);
  };
  Object.defineProperty(g, 'name', { value: name });
  g.$kw = (args, kw) => {
    if (kind !== 'clinic') {
      throw pyError('TypeError', kind === 'takes' ? `${name}() takes no keyword arguments` : `bytes.${name}() takes no keyword arguments`);
    }
    const out = args.slice();
    for (const k in kw) {
      const i = names.indexOf(k);
      if (i < 0) throw pyError('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
      if (i + 1 < args.length) throw pyError('TypeError', `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i + 1] = kw[k];
    }
    if (args.length - 1 < min || args.length - 1 > max) {
      throw pyError('TypeError', arityError(name, kind, min, max, args.length - 1));
    }
    return f(...out);
  };
  return g;
}

// A method the optimiser pruned (internals/method-table.js) has no entry to wrap.
for (const name of Object.keys(ARITY)) {
  if (bytesType.$dict[name] !== undefined) bytesType.$dict[name] = checked(name, bytesType.$dict[name]);
}


PyBytes.prototype.$cls = bytesType;
