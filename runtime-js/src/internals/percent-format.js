// printf-style string formatting: https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting
// `fmt % args` as CPython's PyUnicode_Format: the value-to-text conversions of %s/%r/%a
// come from the caller (they need the object model); numbers are formatted here.

import { tupleItemsOf, plainValue, strValueOf } from '../types/value-subclass.js';
import { PyFloat } from '../types/float.js';
import { Tuple } from '../types/tuple.js';
import { pyError } from './errors.js';
import { typeName } from './arith.js';
import { floatBody } from './format-spec.js';
import { floatToInt } from '../types/int.js';
import { strLen, strSlice } from '../types/str.js';
import { intRepr } from './int-repr.js';

const FLAG_CHARS = '-+ #0';

function isIntValue(x) {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

function isFloatValue(x) {
  return x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x));
}

/** Lays out sign + prefix + body in `width` with the '-' and '0' flags. */
function layout(flags, width, neg, prefix, body, zeroAllowed) {
  const sign = neg ? '-' : flags.plus ? '+' : flags.space ? ' ' : '';
  const len = sign.length + prefix.length + strLen(body);
  if (width <= len) return sign + prefix + body;
  const n = width - len;
  if (flags.minus) return sign + prefix + body + ' '.repeat(n);
  if (flags.zero && zeroAllowed) return sign + prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + sign + prefix + body;
}

function formatInteger(v, conv, flags, width, prec) {
  // An int or float subclass instance formats as its value (CPython's PyLong_Check / PyFloat_Check).
  v = plainValue(v);
  let n;
  if (isIntValue(v)) n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  else if (isFloatValue(v) && (conv === 'd' || conv === 'i' || conv === 'u')) n = floatToInt(v);
  else if (conv === 'd' || conv === 'i' || conv === 'u') {
    throw pyError('TypeError', `%${conv} format: a real number is required, not ${typeName(v)}`);
  } else {
    throw pyError('TypeError', `%${conv} format: an integer is required, not ${typeName(v)}`);
  }
  const neg = typeof n === 'bigint' ? n < 0n : n < 0;
  const a = neg ? -n : n;
  let digits;
  let prefix = '';
  switch (conv) {
    case 'x': digits = a.toString(16); if (flags.alt) prefix = '0x'; break;
    case 'X': digits = a.toString(16).toUpperCase(); if (flags.alt) prefix = '0X'; break;
    case 'o': digits = a.toString(8); if (flags.alt) prefix = '0o'; break;
    default: digits = intRepr(a);
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  return layout(flags, width, neg, prefix, digits, true);
}

function formatFloating(v, conv, flags, width, prec) {
  v = plainValue(v);
  let x;
  if (isFloatValue(v)) x = v instanceof PyFloat ? v.v : v;
  else if (isIntValue(v)) {
    x = Number(v);
    if (!Number.isFinite(x)) throw pyError('OverflowError', 'int too large to convert to float');
  } else throw pyError('TypeError', `must be real number, not ${typeName(v)}`);
  const upper = conv === 'E' || conv === 'F' || conv === 'G';
  if (x !== x || x === Infinity || x === -Infinity) {
    const word = x !== x ? 'nan' : 'inf';
    return layout(flags, width, x === -Infinity, '', upper ? word.toUpperCase() : word, true);
  }
  const p = prec < 0 ? 6 : prec;
  const neg = x < 0 || Object.is(x, -0);
  const [ip, rest] = floatBody(Math.abs(x), conv.toLowerCase(), p, flags.alt, false, upper);
  return layout(flags, width, neg, '', ip + rest, true);
}

function formatChar(v) {
  if (strValueOf(v) !== undefined) v = strValueOf(v);
  if (typeof v === 'string') {
    if (strLen(v) !== 1) throw pyError('TypeError', '%c requires int or char');
    return v;
  }
  if (!isIntValue(v)) throw pyError('TypeError', '%c requires int or char');
  const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (typeof n === 'bigint' || n < 0 || n > 0x10ffff) throw pyError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

/**
 * `fmt % args`. `args` is a single value, a Tuple, or a mapping: hooks.isMapping(x) must be
 * true, as CPython's PyMapping_Check, for any object with __getitem__ (dict, list, ...). hooks: str(x), repr(x), ascii(x) give the text of %s, %r, %a; getItem(mapping, key)
 * reads %(key)s; isMapping(x) tells a mapping from a single value. For `bytes % args` the
 * format is the latin-1 string of the bytes, hooks.bytes is true (%b, the error wording)
 * and hooks.char(x) gives the byte of %c.
 */
export function percentFormat(fmt, args, hooks) {
  let argList, mapping = null;
  const tupleItems = tupleItemsOf(args);
  if (tupleItems !== undefined) argList = tupleItems;
  else {
    argList = [args];
    if ((hooks.bytes || strValueOf(args) === undefined) && hooks.isMapping !== undefined && hooks.isMapping(args)) mapping = args;
  }
  let argIndex = 0;
  const usingTuple = tupleItems !== undefined;
  const nextArg = () => {
    if (argIndex >= argList.length) throw pyError('TypeError', 'not enough arguments for format string');
    return argList[argIndex++];
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (fmt[i] === '%') { out += '%'; i++; continue; }
    let value;
    let haveValue = false;
    if (fmt[i] === '(') {
      if (mapping === null) throw pyError('TypeError', 'format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === '(') depth++;
        else if (fmt[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw pyError('ValueError', 'incomplete format key');
      value = hooks.getItem(mapping, fmt.slice(start, i - 1));
      haveValue = true;
      // CPython's formatter then has no positional argument left: `'%(a)s %s' % d` raises.
      argIndex = argList.length;
    }
    const flags = { minus: false, plus: false, space: false, alt: false, zero: false };
    while (i < n && FLAG_CHARS.includes(fmt[i])) {
      switch (fmt[i]) {
        case '-': flags.minus = true; break;
        case '+': flags.plus = true; break;
        case ' ': flags.space = true; break;
        case '#': flags.alt = true; break;
        default: flags.zero = true;
      }
      i++;
    }
    let width = -1;
    if (fmt[i] === '*') {
      const w = nextArg();
      if (!isIntValue(w)) throw pyError('TypeError', '* wants int');
      if (typeof w === 'bigint') throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
      width = Number(w);
      if (width < 0) { flags.minus = true; width = -width; }
      i++;
    } else {
      const start = i;
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') i++;
      if (i > start) width = Number(fmt.slice(start, i));
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = nextArg();
        if (!isIntValue(p)) throw pyError('TypeError', '* wants int');
        if (typeof p === 'bigint') throw pyError('OverflowError', 'Python int too large to convert to C int');
        prec = Math.max(0, Number(p));
        i++;
      } else {
        const start = i;
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') i++;
        prec = i > start ? Number(fmt.slice(start, i)) : 0;
      }
    }
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) throw pyError('ValueError', 'incomplete format');
    const conv = fmt.codePointAt(i);
    const c = String.fromCodePoint(conv);
    i += c.length;
    // A single (non-tuple) argument, a mapping too, serves one unkeyed conversion only.
    if (!haveValue) value = nextArg();
    switch (c) {
      case 'b':
        if (!hooks.bytes) throw pyError('ValueError', `unsupported format character '${c}' (0x${conv.toString(16)}) at index ${i - c.length}`);
      // falls through: %b is %s in bytes formatting
      case 's': case 'r': case 'a': {
        let s = c === 's' || c === 'b' ? hooks.str(value) : c === 'r' ? hooks.repr(value) : hooks.ascii(value);
        if (prec >= 0 && strLen(s) > prec) s = strSlice(s, 0, prec);
        out += layout(flags, width, false, '', s, false);
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        out += formatInteger(value, c, flags, width, prec);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        out += formatFloating(value, c, flags, width, prec);
        break;
      case 'c':
        out += layout(flags, width, false, '', hooks.char !== undefined ? hooks.char(value) : formatChar(value), false);
        break;
      default:
        throw pyError('ValueError', `unsupported format character '${c}' (0x${conv.toString(16)}) at index ${i - c.length}`);
    }
  }
  if (argIndex < argList.length && mapping === null) {
    throw pyError('TypeError', `not all arguments converted during ${hooks.bytes ? 'bytes' : 'string'} formatting`);
  }
  if (!usingTuple && mapping === null && argIndex === 0 && argList.length === 1) {
    throw pyError('TypeError', `not all arguments converted during ${hooks.bytes ? 'bytes' : 'string'} formatting`);
  }
  return out;
}
