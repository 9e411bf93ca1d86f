// Python numeric operators: https://docs.python.org/3/reference/expressions.html#binary-arithmetic-operations
// Each helper's first branch handles two plain JS numbers so V8 can inline it; ints leave
// the safe range as bigints (and come back when they fit), integral floats are boxed.
// Operands that are not int/float/bool go to fallbacks installed by the object model.

import { PyFloat } from '../types/float.js';
import { Tuple } from '../types/tuple.js';
import { pyError } from './errors.js';
import { strMul, strCompare } from '../types/str.js';
import { PyBytes } from '../types/bytes.js';
import { floatPow } from './float-pow.js';

export { floatPow };

const MAX_SAFE = 9007199254740991;
const BIG_MAX_SAFE = 9007199254740991n;

// ---------------------------------------------------------------------------------------
// Type names and fallbacks

let typeNameHook = null;

/** Lets the object model name the types of values this module does not know. */
export function setTypeNameHook(fn) {
  typeNameHook = fn;
}

/** The Python type name of `x`, as used in error messages. */
export function typeName(x) {
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? 'int' : 'float';
    case 'bigint': return 'int';
    case 'boolean': return 'bool';
    case 'string': return 'str';
    case 'undefined': return 'NoneType';
    default:
      if (x === null) return 'NoneType';
      if (x instanceof PyFloat) return 'float';
      if (x instanceof Tuple) return 'tuple';
      if (Array.isArray(x)) return 'list';
      if (x instanceof PyBytes) return x.constructor === PyBytes ? 'bytes' : 'bytearray';
      if (typeNameHook !== null) return typeNameHook(x);
      return typeof x === 'function' ? 'function' : 'object';
  }
}

const PY_OP = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '** or pow()', matmul: '@',
  lshift: '<<', rshift: '>>', and_: '&', or_: '|', xor: '^', divmod: 'divmod()',
  neg: '-', pos: '+', invert: '~', lt: '<', le: '<=', gt: '>', ge: '>=', eq: '==', ne: '!=',
};

/** The Python spelling of an operator name used by these helpers ('add' -> '+'). */
export function operatorSymbol(opName) {
  return PY_OP[opName];
}

let binaryFallback = (op, a, b) => {
  throw pyError('TypeError', `unsupported operand type(s) for ${PY_OP[op]}: '${typeName(a)}' and '${typeName(b)}'`);
};
let unaryFallback = (op, a) => {
  throw pyError('TypeError', `bad operand type for unary ${PY_OP[op]}: '${typeName(a)}'`);
};
let compareFallback = (op, a, b) => {
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  throw pyError('TypeError', `'${PY_OP[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
};

/** Installs fn(opName, a, b) for binary operators whose operands are not both numbers. */
export function setBinaryFallback(fn) { binaryFallback = fn; }
/** Installs fn(opName, a) for unary operators on non-numbers. */
export function setUnaryFallback(fn) { unaryFallback = fn; }
/** Installs fn(opName, a, b) for comparisons involving a non-number. */
export function setCompareFallback(fn) { compareFallback = fn; }

// ---------------------------------------------------------------------------------------
// Operand classification for the slow paths

const OTHER = 0, INT = 1, FLOAT = 2;

function kind(x) {
  switch (typeof x) {
    case 'number': return Number.isInteger(x) ? INT : FLOAT;
    case 'bigint': case 'boolean': return INT;
    default: return x instanceof PyFloat ? FLOAT : OTHER;
  }
}

/** An int operand as a bigint. */
function big(x) {
  return typeof x === 'bigint' ? x : BigInt(+x);
}

/** Normalises a bigint int result: back to a number when it fits the safe range. */
export function normBig(r) {
  return r <= BIG_MAX_SAFE && r >= -BIG_MAX_SAFE ? Number(r) : r;
}

/** float(x) for an int or float operand, with CPython's overflow error. */
export function toDouble(x) {
  switch (typeof x) {
    case 'number': return x;
    case 'boolean': return x ? 1 : 0;
    case 'bigint': {
      const d = Number(x);
      if (d === Infinity || d === -Infinity) throw pyError('OverflowError', 'int too large to convert to float');
      return d;
    }
    default: return x.v;
  }
}

function box(x) {
  return Number.isInteger(x) || Object.is(x, -0) ? new PyFloat(x) : x;
}

function bigOp(r) {
  try {
    return normBig(r());
  } catch (e) {
    if (e instanceof RangeError) throw pyError('MemoryError', '');
    throw e;
  }
}

// ---------------------------------------------------------------------------------------
// + - *

export function add(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    // Two ints always give an integral r, so a non-integral r is a float needing no box.
    if (!Number.isInteger(r)) return r;
    if (Number.isSafeInteger(r) && Number.isInteger(a) && Number.isInteger(b)) return r;
    return addNum(a, b, r);
  }
  return addSlow(a, b);
}

function addNum(a, b, r) {
  if (Number.isInteger(a) && Number.isInteger(b)) return normBig(BigInt(a) + BigInt(b));
  return box(r);
}

function addSlow(a, b) {
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  const ka = kind(a), kb = kind(b);
  if (ka === INT && kb === INT) return normBig(big(a) + big(b));
  if (ka !== OTHER && kb !== OTHER) return box(toDouble(a) + toDouble(b));
  if (typeof a === 'string') {
    if (typeof b === 'string') return a + b;
    if (binaryFallback === defaultBinary) throw pyError('TypeError', `can only concatenate str (not "${typeName(b)}") to str`);
  }
  return binaryFallback('add', a, b);
}
const defaultBinary = binaryFallback;

export function sub(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    // Two ints always give an integral r, so a non-integral r is a float needing no box.
    if (!Number.isInteger(r)) return r;
    if (Number.isSafeInteger(r) && Number.isInteger(a) && Number.isInteger(b)) return r;
    return subNum(a, b, r);
  }
  return subSlow(a, b);
}

function subNum(a, b, r) {
  if (Number.isInteger(a) && Number.isInteger(b)) return normBig(BigInt(a) - BigInt(b));
  return box(r);
}

function subSlow(a, b) {
  const ka = kind(a), kb = kind(b);
  if (ka === INT && kb === INT) return normBig(big(a) - big(b));
  if (ka !== OTHER && kb !== OTHER) return box(toDouble(a) - toDouble(b));
  return binaryFallback('sub', a, b);
}

export function mul(a, b) {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // Two ints always give an integral r, so a non-integral r is a float needing no box.
    if (!Number.isInteger(r)) return r;
    if (Number.isSafeInteger(r) && Number.isInteger(a) && Number.isInteger(b)) return r + 0;
    return mulNum(a, b, r);
  }
  return mulSlow(a, b);
}

function mulNum(a, b, r) {
  if (Number.isInteger(a) && Number.isInteger(b)) return normBig(BigInt(a) * BigInt(b));
  return box(r);
}

function mulSlow(a, b) {
  const ka = kind(a), kb = kind(b);
  if (ka === INT && kb === INT) return bigOp(() => big(a) * big(b));
  if (ka !== OTHER && kb !== OTHER) return box(toDouble(a) * toDouble(b));
  if (typeof a === 'string' && kb === INT) return strMul(a, b);
  if (typeof b === 'string' && ka === INT) return strMul(b, a);
  if (binaryFallback === defaultBinary && (typeof a === 'string' || typeof b === 'string')) {
    throw pyError('TypeError', `can't multiply sequence by non-int of type '${typeName(typeof a === 'string' ? b : a)}'`);
  }
  return binaryFallback('mul', a, b);
}

// ---------------------------------------------------------------------------------------
// / // %

export function truediv(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a / b;
    return Number.isInteger(r) ? new PyFloat(r) : r;
  }
  return truedivSlow(a, b);
}

function truedivSlow(a, b) {
  const ka = kind(a), kb = kind(b);
  if (ka === INT && kb === INT) {
    if (typeof a !== 'bigint' && typeof b !== 'bigint') {
      const x = +a, y = +b;
      if (y === 0) throw pyError('ZeroDivisionError', 'division by zero');
      return box(x / y);
    }
    return box(bigTrueDiv(big(a), big(b)));
  }
  if (ka !== OTHER && kb !== OTHER) {
    const x = toDouble(a), y = toDouble(b);
    if (y === 0) throw pyError('ZeroDivisionError', 'float division by zero');
    return box(x / y);
  }
  return binaryFallback('truediv', a, b);
}

/** Bit length of a non-negative bigint. */
export function bigBitLength(n) {
  if (n === 0n) return 0;
  const h = n.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** x * 2**e, exact whenever the result is representable. */
export function ldexpExact(x, e) {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; if (x === Infinity || x === -Infinity) return x; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; if (x === 0) return x; }
  // Splitting keeps intermediate values normal so only the last step can round.
  if (e < -1022) return x * 2 ** (e + 60) * 2 ** -60;
  return x * 2 ** e;
}

/** The correctly rounded quotient a / b of two ints, as CPython's long_true_divide. */
function bigTrueDiv(a, b) {
  if (b === 0n) throw pyError('ZeroDivisionError', 'division by zero');
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  let E = bigBitLength(a) - bigBitLength(b);
  // Exact binary exponent: 2**(E-1) <= a/b < 2**E.
  if (E >= 0 ? a >= b << BigInt(E) : a << BigInt(-E) >= b) E += 1;
  if (E > 1024) throw pyError('OverflowError', 'integer division result too large for a float');
  const k = 55 - Math.max(E, -1021);
  let q, r;
  if (k >= 0) { const n = a << BigInt(k); q = n / b; r = n % b; }
  else { const d = b << BigInt(-k); q = a / d; r = a % d; }
  if (r !== 0n) q |= 1n;
  // q holds the result in units of a quarter ulp: round half to even at bit 2.
  const low = q & 3n;
  q >>= 2n;
  if (low > 2n || (low === 2n && (q & 1n) === 1n)) q += 1n;
  const v = ldexpExact(Number(q), 2 - k);
  if (v === Infinity) throw pyError('OverflowError', 'integer division result too large for a float');
  return neg ? -v : v;
}

export function floordiv(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q + 0;
  }
  return floordivSlow(a, b);
}

function floordivSlow(a, b) {
  const ka = kind(a), kb = kind(b);
  if (ka === INT && kb === INT) {
    if (typeof a !== 'bigint' && typeof b !== 'bigint') {
      if (+b === 0) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
      return floordiv(+a, +b);
    }
    return normBig(bigFloorDiv(big(a), big(b)));
  }
  if (ka !== OTHER && kb !== OTHER) {
    // CPython converts both operands before the zero check (OverflowError wins).
    const x = toDouble(a), y = toDouble(b);
    if (y === 0) throw pyError('ZeroDivisionError', 'float floor division by zero');
    return box(floatDivmod(x, y)[0]);
  }
  return binaryFallback('floordiv', a, b);
}

function bigFloorDiv(x, y) {
  if (y === 0n) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}

function bigMod(x, y) {
  const r = x % y;
  return (r !== 0n && (r < 0n) !== (y < 0n)) ? r + y : r;
}

/** CPython's float_divmod: [floor quotient, remainder] of two doubles, y != 0. */
export function floatDivmod(vx, wx) {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0.0 : 0.0;
  }
  let floordiv;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx < 0 || Object.is(vx / wx, -0)) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** CPython's float_rem. */
function floatMod(vx, wx) {
  let mod = vx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0.0 : 0.0;
  }
  return mod;
}

export function mod(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
  }
  return modSlow(a, b);
}

function modSlow(a, b) {
  const ka = kind(a), kb = kind(b);
  if (ka === INT && kb === INT) {
    if (typeof a !== 'bigint' && typeof b !== 'bigint') {
      if (+b === 0) throw pyError('ZeroDivisionError', 'integer modulo by zero');
      return mod(+a, +b);
    }
    const y = big(b);
    if (y === 0n) throw pyError('ZeroDivisionError', 'integer modulo by zero');
    return normBig(bigMod(big(a), y));
  }
  if (ka !== OTHER && kb !== OTHER) {
    const x = toDouble(a), y = toDouble(b);
    if (y === 0) throw pyError('ZeroDivisionError', 'float modulo');
    return box(floatMod(x, y));
  }
  return binaryFallback('mod', a, b);
}

/** divmod(a, b) for numbers, as a Tuple; other operands go to the binary fallback as 'divmod'. */
export function divmod(a, b) {
  const ka = kind(a), kb = kind(b);
  if (ka === INT && kb === INT) {
    const x = big(a), y = big(b);
    if (y === 0n) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
    return new Tuple([normBig(bigFloorDiv(x, y)), normBig(bigMod(x, y))]);
  }
  if (ka !== OTHER && kb !== OTHER) {
    const x = toDouble(a), y = toDouble(b);
    if (y === 0) throw pyError('ZeroDivisionError', 'float divmod()');
    const [q, r] = floatDivmod(x, y);
    return new Tuple([box(q), box(r)]);
  }
  return binaryFallback('divmod', a, b);
}

// ---------------------------------------------------------------------------------------
// **

export function pow(a, b) {
  // x ** 0.5 for a positive finite x: floatPow computes it with JS `**`, which V8 evaluates
  // as sqrt for an exponent of 0.5, so this is the same result without the special cases.
  if (b === 0.5 && typeof a === 'number' && a > 0 && a !== Infinity) {
    const r = Math.sqrt(a);
    return Number.isInteger(r) ? new PyFloat(r) : r;
  }
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b >= 0) {
    const r = a ** b;
    if (r < MAX_SAFE && r > -MAX_SAFE) return smallIntPow(a, b);
  }
  return powSlow(a, b);
}

/** Exact int power by squaring when the result is known to be below 2**53. */
function smallIntPow(a, b) {
  let r = 1;
  while (b > 0) {
    if (b & 1) r *= a;
    b = Math.floor(b / 2);
    if (b > 0) a *= a;
  }
  return r + 0;
}

function powSlow(a, b) {
  const ka = kind(a), kb = kind(b);
  if (ka === INT && kb === INT) {
    const y = big(b);
    if (y < 0n) return box(floatPow(toDouble(a), toDouble(b)));
    const x = big(a);
    if (x === 0n || x === 1n) return y === 0n ? 1 : Number(x);
    if (x === -1n) return (y & 1n) === 1n ? -1 : 1;
    if (y > 0xffffffffn) throw pyError('MemoryError', '');
    return bigOp(() => x ** y);
  }
  if (ka !== OTHER && kb !== OTHER) return box(floatPow(toDouble(a), toDouble(b)));
  return binaryFallback('pow', a, b);
}

// ---------------------------------------------------------------------------------------
// @ and bitwise operators (ints only)

export function matmul(a, b) {
  return binaryFallback('matmul', a, b);
}

function isIntKind(x) {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean';
}

export function lshift(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && b >= 0 && b < 53 && Number.isInteger(b)) {
    const r = a * 2 ** b;
    if (Number.isSafeInteger(r)) return r;
  }
  return lshiftSlow(a, b);
}

function lshiftSlow(a, b) {
  if (!isIntKind(a) || !isIntKind(b)) return binaryFallback('lshift', a, b);
  const n = big(b);
  if (n < 0n) throw pyError('ValueError', 'negative shift count');
  const x = big(a);
  if (x === 0n) return 0;
  if (n > 0xffffffffn) throw pyError('OverflowError', 'too many digits in integer');
  return bigOp(() => x << n);
}

export function rshift(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && b >= 0 && b < 1024 && Number.isInteger(b)) {
    return Math.floor(a / 2 ** b) + 0;
  }
  return rshiftSlow(a, b);
}

function rshiftSlow(a, b) {
  if (!isIntKind(a) || !isIntKind(b)) return binaryFallback('rshift', a, b);
  const n = big(b);
  if (n < 0n) throw pyError('ValueError', 'negative shift count');
  const x = big(a);
  if (n > 0xffffffffn) return x < 0n ? -1 : 0;
  return normBig(x >> n);
}

export function and_(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return bitwiseSlow('and_', a, b);
}

export function or_(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return bitwiseSlow('or_', a, b);
}

export function xor(a, b) {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return bitwiseSlow('xor', a, b);
}

function bitwiseSlow(op, a, b) {
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    return op === 'and_' ? a && b : op === 'or_' ? a || b : a !== b;
  }
  if (!isIntKind(a) || !isIntKind(b)) return binaryFallback(op, a, b);
  const x = big(a), y = big(b);
  return normBig(op === 'and_' ? x & y : op === 'or_' ? x | y : x ^ y);
}

// ---------------------------------------------------------------------------------------
// Unary operators

export function neg(a) {
  if (typeof a === 'number') return Number.isInteger(a) ? 0 - a : -a;
  return negSlow(a);
}

function negSlow(a) {
  if (typeof a === 'bigint') return normBig(-a);
  if (typeof a === 'boolean') return a ? -1 : 0;
  if (a instanceof PyFloat) return new PyFloat(-a.v);
  return unaryFallback('neg', a);
}

export function pos(a) {
  if (typeof a === 'number' || typeof a === 'bigint' || a instanceof PyFloat) return a;
  if (typeof a === 'boolean') return a ? 1 : 0;
  return unaryFallback('pos', a);
}

export function invert(a) {
  if (typeof a === 'number' && Number.isInteger(a)) return -1 - a;
  if (typeof a === 'bigint') return normBig(-1n - a);
  if (typeof a === 'boolean') return a ? -2 : -1;
  return unaryFallback('invert', a);
}

// ---------------------------------------------------------------------------------------
// Comparisons. JS compares bigint with number by exact mathematical value, which is
// exactly Python's int/float comparison, so unwrapping boxes and bools is enough.

function num(x) {
  switch (typeof x) {
    case 'number': case 'bigint': return x;
    case 'boolean': return x ? 1 : 0;
    default: return x instanceof PyFloat ? x.v : undefined;
  }
}

export function lt(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return compareSlow('lt', a, b);
}

export function le(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  return compareSlow('le', a, b);
}

export function gt(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  return compareSlow('gt', a, b);
}

export function ge(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  return compareSlow('ge', a, b);
}

export function eq(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return compareSlow('eq', a, b);
}

export function ne(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  return compareSlow('ne', a, b);
}

function compareSlow(op, a, b) {
  const x = num(a), y = num(b);
  if (x !== undefined && y !== undefined) {
    switch (op) {
      case 'lt': return x < y;
      case 'le': return x <= y;
      case 'gt': return x > y;
      case 'ge': return x >= y;
      // eslint-disable-next-line eqeqeq
      case 'eq': return x == y;
      // eslint-disable-next-line eqeqeq
      default: return x != y;
    }
  }
  if (typeof a === 'string' && typeof b === 'string') {
    switch (op) {
      case 'eq': return a === b;
      case 'ne': return a !== b;
      case 'lt': return strCompare(a, b) < 0;
      case 'le': return strCompare(a, b) <= 0;
      case 'gt': return strCompare(a, b) > 0;
      default: return strCompare(a, b) >= 0;
    }
  }
  return compareFallback(op, a, b);
}
