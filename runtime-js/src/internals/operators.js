// Binary, unary and in-place operators on non-numeric operands (CPython's abstract.c
// binary_op1 / binary_iop1): sequence concatenation and repetition, `str % args`, then
// `__op__` / `__rop__` with the subclass-first rule and NotImplemented.
// https://docs.python.org/3/reference/datamodel.html#emulating-numeric-types

import { typeOf, lookup, NotImplemented, isSubtype } from '../types/type.js';
import { Tuple, makeTuple, EMPTY_TUPLE } from '../types/tuple.js';
import { tupleItemsOf, strValueOf, PyValueSub } from '../types/value-subclass.js';
import { PyBytes, bytesConcat, bytesRepeat, bytesFromLatin1, latin1 } from '../types/bytes.js';
import { call } from './call.js';
import { pyError } from './errors.js';
import * as arith from './arith.js';
import { percentFormat } from './percent-format.js';
import { iterate, toArray } from './iteration.js';
import { index, getitem, pastSsize } from './subscript.js';
import { str, repr } from './protocols.js';
import { ascii as asciiOf } from '../builtins/reflection.js';

const SYMBOLS = {
  add: '+', sub: '-', mul: '*', matmul: '@', truediv: '/', floordiv: '//', mod: '%', pow: '** or pow()',
  lshift: '<<', rshift: '>>', and_: '&', or_: '|', xor: '^', divmod: 'divmod()',
};
const DUNDER = {
  add: 'add', sub: 'sub', mul: 'mul', matmul: 'matmul', truediv: 'truediv', floordiv: 'floordiv', mod: 'mod',
  pow: 'pow', lshift: 'lshift', rshift: 'rshift', and_: 'and', or_: 'or', xor: 'xor', divmod: 'divmod',
};

function isInt(x) {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

/** The count of a sequence repeat: an index that fits Py_ssize_t (CPython's OverflowError past it), 0 if negative. */
export function repeatCount(n) {
  const i = index(n);
  if (typeof i === 'bigint' && pastSsize(i)) throw pyError('OverflowError', "cannot fit 'int' into an index-sized integer");
  const c = Number(i);
  return c < 0 ? 0 : c;
}

/** The items of `a` repeated `n` times (list and tuple sq_repeat). */
export function repeatArray(a, n) {
  return repeatItems(a, repeatCount(n));
}

function repeatItems(a, c) {
  if (c * a.length > 2 ** 31) throw pyError('MemoryError');
  const out = [];
  for (let i = 0; i < c; i++) for (const x of a) out.push(x);
  return out;
}

/** tuple's sq_repeat: an exact tuple repeated once, or empty, is itself (CPython's tuplerepeat). */
export function tupleRepeat(t, n, exact) {
  const c = repeatCount(n);
  if (exact && (c === 1 || t.items.length === 0)) return t;
  return c <= 0 || t.items.length === 0 ? EMPTY_TUPLE : makeTuple(repeatItems(t.items, c));
}

function isPlainList(x) {
  return Array.isArray(x) && x.$cls === undefined;
}

function isBuiltinSequence(x) {
  return typeof x === 'string' || isPlainList(x) || (x instanceof Tuple && x.$cls === Tuple.prototype.$cls) ||
    x instanceof PyBytes;
}

/**
 * `a + b` for a str, list or tuple `a` and a `b` of another type: these types have no number
 * slot, so CPython tries `b.__radd__`, then sequence concatenation, whose error this is.
 */
function concatFallback(a, b, name) {
  const rf = lookup(typeOf(b), '__radd__');
  if (rf !== undefined) {
    const r = call(rf, b, a);
    if (r !== NotImplemented) return r;
  }
  if (name === 'str') {
    const s = strValueOf(b);
    if (s !== undefined) return a + s;
  }
  throw pyError('TypeError', `can only concatenate ${name} (not "${typeOf(b).__name__}") to ${name}`);
}

/** The built-in sequence cases CPython handles in sq_concat / sq_repeat / str's nb_remainder. */
function sequenceOp(op, a, b) {
  switch (op) {
    case 'add':
      if (typeof a === 'string') {
        if (typeof b === 'string') return a + b;
        return concatFallback(a, b, 'str');
      } else if (isPlainList(a)) {
        if (Array.isArray(b)) return a.concat(b);
        return concatFallback(a, b, 'list');
      } else if (a instanceof PyBytes) {
        // bytes has no number slot: the other operand's __radd__, then sq_concat's error.
        if (b instanceof PyBytes) return bytesConcat(a, b);
        const rf = lookup(typeOf(b), '__radd__');
        if (rf !== undefined) {
          const r = call(rf, b, a);
          if (r !== NotImplemented) return r;
        }
        throw pyError('TypeError', `can't concat ${typeOf(b).__name__} to ${typeOf(a).__name__}`);
      } else if (a instanceof Tuple && a.$cls === Tuple.prototype.$cls) {
        const items = tupleItemsOf(b);
        if (items !== undefined) return makeTuple(a.items.concat(items));
        return concatFallback(a, b, 'tuple');
      }
      return NotImplemented;
    case 'mul': {
      let seq = a;
      let n = b;
      if (isInt(a) && !isInt(b)) {
        seq = b;
        n = a;
      }
      if (b instanceof PyBytes && !isBuiltinSequence(a) && !isInt(a) && lookup(typeOf(a), '__index__') === undefined) {
        // `x * bytes`: x's own __mul__ (a number slot), then sq_repeat's error.
        const f = lookup(typeOf(a), '__mul__');
        if (f !== undefined) {
          const r = call(f, a, b);
          if (r !== NotImplemented) return r;
        }
        throw pyError('TypeError', `can't multiply sequence by non-int of type '${typeOf(a).__name__}'`);
      }
      if (a instanceof PyBytes && !isInt(b) && lookup(typeOf(b), '__index__') === undefined) {
        // `bytes * x`: x's __rmul__ (bytes has no number slot), then sq_repeat's error.
        const rf = lookup(typeOf(b), '__rmul__');
        if (rf !== undefined && !isBuiltinSequence(b)) {
          const r = call(rf, b, a);
          if (r !== NotImplemented) return r;
        }
        throw pyError('TypeError', `can't multiply sequence by non-int of type '${typeOf(b).__name__}'`);
      }
      if (typeof seq === 'string' || isPlainList(seq) || seq instanceof Tuple || seq instanceof PyBytes) {
        if (!isInt(n) && lookup(typeOf(n), '__index__') === undefined) {
          // Only a number slot (a class's own __rmul__) runs before sq_repeat; the built-in
          // sequences' __rmul__ is their sq_repeat, which does not take the other sequence.
          if (seq === a && !isBuiltinSequence(b) && lookup(typeOf(b), '__rmul__') !== undefined) return NotImplemented;
          throw pyError('TypeError', `can't multiply sequence by non-int of type '${typeOf(n).__name__}'`);
        }
        if (typeof seq === 'string') {
          const c = repeatCount(n);
          if (c * seq.length > 2 ** 29) throw pyError('MemoryError');
          return seq.repeat(c);
        }
        if (seq instanceof Tuple) return tupleRepeat(seq, n, seq.$cls === Tuple.prototype.$cls);
        if (seq instanceof PyBytes) return bytesRepeat(seq, repeatCount(n));
        return repeatArray(seq, n);
      }
      return NotImplemented;
    }
    case 'mod':
      // A str subclass's own __rmod__ runs first (the subclass-first rule of binaryOp).
      if (typeof a === 'string' && !(b instanceof PyValueSub && overridesRmod(b))) return percentFormat(a, b, percentHooks);
      if (a instanceof PyBytes) return bytesPercent(a, b);
      return NotImplemented;
  }
  return NotImplemented;
}

function overridesRmod(b) {
  return strValueOf(b) !== undefined && lookup(b.$cls, '__rmod__') !== lookup(typeOf(''), '__rmod__');
}

/** `b % args` for bytes `b` (bytes' nb_remainder, `bytes.__mod__`). */
export function bytesPercent(b, args) {
  return bytesFromLatin1(percentFormat(latin1(b.data), args, bytesPercentHooks));
}

/** `s % args` for a plain str `s` (str's nb_remainder, `str.__mod__`). */
export function strPercent(s, args) {
  return percentFormat(s, args, percentHooks);
}

const percentHooks = {
  str: (x) => str(x),
  repr: (x) => repr(x),
  ascii: (x) => asciiOf(x),
  getItem: (m, k) => getitem(m, k),
  isMapping: (x) => !(x instanceof Tuple) && strValueOf(x) === undefined && x !== null && typeof x === 'object' &&
    lookup(typeOf(x), '__getitem__') !== undefined,
};

/** The bytes of %s/%b: a bytes-like object or one with __bytes__. */
function percentBytes(x) {
  if (x instanceof PyBytes) return latin1(x.data);
  const f = x !== null && x !== undefined ? lookup(typeOf(x), '__bytes__') : undefined;
  if (f !== undefined) {
    const r = call(f, x);
    if (!(r instanceof PyBytes)) throw pyError('TypeError', `__bytes__ returned non-bytes (type ${typeOf(r).__name__})`);
    return latin1(r.data);
  }
  throw pyError('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(x).__name__}'`);
}

/** The byte of %c: an int in range(256) or a bytes object of length 1. */
function percentChar(x) {
  if (x instanceof PyBytes && x.data.length === 1) return String.fromCharCode(x.data[0]);
  if (!isInt(x)) throw pyError('TypeError', '%c requires an integer in range(256) or a single byte');
  const n = typeof x === 'boolean' ? +x : x;
  if (typeof n === 'bigint' || n < 0 || n > 255) throw pyError('OverflowError', '%c arg not in range(256)');
  return String.fromCharCode(n);
}

const bytesPercentHooks = {
  bytes: true,
  str: percentBytes,
  repr: (x) => asciiOf(x),
  ascii: (x) => asciiOf(x),
  char: percentChar,
  getItem: (m, k) => getitem(m, bytesFromLatin1(k)),
  isMapping: (x) => !(x instanceof Tuple) && !(x instanceof PyBytes) && (typeof x === 'string' ||
    (x !== null && typeof x === 'object' && lookup(typeOf(x), '__getitem__') !== undefined)),
};

/** CPython's binary_op1: `a.__op__(b)`, then `b.__rop__(a)`; the right operand first when its type is a proper subclass. */
export function binaryOp(op, a, b) {
  const s = sequenceOp(op, a, b);
  if (s !== NotImplemented) return s;
  const name = DUNDER[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  let f = lookup(ta, `__${name}__`);
  let rf = ta === tb ? undefined : lookup(tb, `__r${name}__`);
  // str's __add__/__mul__/__rmul__ are its sequence slots, tried below after the number slots.
  if (f !== undefined && f.$sequenceSlot === true) f = undefined;
  if (rf !== undefined && rf.$sequenceSlot === true) rf = undefined;
  if (rf !== undefined && isSubtype(tb, ta) && rf !== lookup(ta, `__r${name}__`)) {
    const r = call(rf, b, a);
    if (r !== NotImplemented) return r;
    if (f !== undefined) {
      const r2 = call(f, a, b);
      if (r2 !== NotImplemented) return r2;
    }
  } else {
    if (f !== undefined) {
      const r = call(f, a, b);
      if (r !== NotImplemented) return r;
    }
    if (rf !== undefined) {
      const r = call(rf, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 'add' && strValueOf(a) !== undefined) {
    // Both number slots declined: str's sq_concat, which takes any str.
    const y = strValueOf(b);
    if (y !== undefined) return strValueOf(a) + y;
    throw pyError('TypeError', `can only concatenate str (not "${tb.__name__}") to str`);
  }
  if (op === 'mul' && (isSequence(a) || isSequence(b))) {
    const other = isSequence(a) ? b : a;
    // Both number slots declined: CPython's PyNumber_Multiply then repeats the sequence by the
    // other operand's __index__ (`I() * 'ab'`, `N(2) * 'ab'` for an int subclass N).
    if (lookup(typeOf(other), '__index__') !== undefined) {
      // A tuple subclass repeats into a new plain tuple (its sq_repeat is tuple's).
      const seq = isSequence(a) ? a : b;
      if (seq instanceof PyValueSub && seq.$v instanceof Tuple) return tupleRepeat(seq.$v, other, false);
      const r = isSequence(a) ? sequenceOp('mul', plainStr(a), b) : sequenceOp('mul', plainStr(b), a);
      if (r !== NotImplemented) return r;
    }
    throw pyError('TypeError', `can't multiply sequence by non-int of type '${typeOf(other).__name__}'`);
  }
  const e = pyError('TypeError', `unsupported operand type(s) for ${SYMBOLS[op]}: '${ta.__name__}' and '${tb.__name__}'`);
  // An augmented assignment names its own operator (`+=`) in this message (inplace below).
  e.$unsupported = { op, left: ta.__name__, right: tb.__name__ };
  throw e;
}

function isSequence(x) {
  return typeof x === 'string' || Array.isArray(x) || x instanceof Tuple || x instanceof PyBytes || strValueOf(x) !== undefined
    || tupleItemsOf(x) !== undefined;
}

/** A str subclass instance's plain value; any other value as it is. */
function plainStr(x) {
  const s = x instanceof PyValueSub ? strValueOf(x) : undefined;
  return s === undefined ? x : s;
}

const UNARY = { neg: ['__neg__', '-'], pos: ['__pos__', '+'], invert: ['__invert__', '~'] };

/** `-x`, `+x`, `~x` on non-numbers. */
export function unaryOp(op, a) {
  const [dunder, sym] = UNARY[op];
  const t = typeOf(a);
  const f = lookup(t, dunder);
  if (f === undefined) throw pyError('TypeError', `bad operand type for unary ${sym}: '${t.__name__}'`);
  return call(f, a);
}

arith.setBinaryFallback(binaryOp);
arith.setUnaryFallback(unaryOp);

/** `a op= b`: `__iop__` when defined, lists extend and repeat in place, otherwise the binary operator. */
function inplace(op, binary) {
  const iname = `__i${DUNDER[op]}__`;
  const symbol = SYMBOLS[op].replace(' or pow()', '') + '=';
  const viaBinary = (a, b) => {
    try {
      return binary(a, b);
    } catch (e) {
      const u = e !== null && typeof e === 'object' ? e.$unsupported : undefined;
      if (u !== undefined && u.op === op) {
        e.$args = makeTuple([`unsupported operand type(s) for ${symbol}: '${u.left}' and '${u.right}'`]);
      }
      throw e;
    }
  };
  return (a, b) => {
    if (typeof a === 'number' || typeof a === 'string') return viaBinary(a, b);
    if (isPlainList(a)) {
      if (op === 'add') {
        const items = Array.isArray(b) ? b.slice() : toArray(b);
        for (const x of items) a.push(x);
        return a;
      }
      // A right operand that is no index goes the binary way: its __rmul__, else CPython's
      // "can't multiply sequence by non-int".
      if (op === 'mul' && (isInt(b) || lookup(typeOf(b), '__index__') !== undefined)) {
        const items = a.slice();
        const c = repeatCount(b);
        a.length = 0;
        for (let i = 0; i < c; i++) for (const x of items) a.push(x);
        return a;
      }
    }
    if (a !== null && typeof a === 'object') {
      const f = lookup(typeOf(a), iname);
      if (f !== undefined) {
        const r = call(f, a, b);
        if (r !== NotImplemented) return r;
      }
    }
    return viaBinary(a, b);
  };
}

export const iadd = inplace('add', arith.add);
export const isub = inplace('sub', arith.sub);
export const imul = inplace('mul', arith.mul);
export const itruediv = inplace('truediv', arith.truediv);
export const ifloordiv = inplace('floordiv', arith.floordiv);
export const imod = inplace('mod', arith.mod);
export const ipow = inplace('pow', (a, b) => arith.pow(a, b));
export const ilshift = inplace('lshift', arith.lshift);
export const irshift = inplace('rshift', arith.rshift);
export const iand = inplace('and_', arith.and_);
export const ior = inplace('or_', arith.or_);
export const ixor = inplace('xor', arith.xor);

/** `a @ b` (no built-in type implements it). */
export function matmul(a, b) {
  return binaryOp('matmul', a, b);
}
export const imatmul = inplace('matmul', matmul);

export { iterate };
