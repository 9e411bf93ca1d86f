// Numeric built-in functions: https://docs.python.org/3/library/functions.html
// (abs, round, divmod, pow, hex, oct, bin, chr, ord).

import { typeOf, lookup, NotImplemented } from '../types/type.js';
import { PyFloat } from '../types/float.js';
import { call } from '../internals/call.js';
import { hasArity } from '../internals/builtin-arity.js';
import * as arity from '../internals/builtin-arity-table.js';
import { pyError } from '../internals/errors.js';
import * as arith from '../internals/arith.js';
import * as ints from '../types/int.js';
import { index } from '../internals/subscript.js';
import { binaryOp } from '../internals/operators.js';
import { strLen } from '../types/str.js';
import { PyBytes } from '../types/bytes.js';
import { strValueOf } from '../types/value-subclass.js';

function isNumber(x) {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' || x instanceof PyFloat;
}

/** `abs(x)`. */
export function abs(x) {
  if (isNumber(x)) return ints.abs(x);
  const f = lookup(typeOf(x), '__abs__');
  if (f === undefined) throw pyError('TypeError', `bad operand type for abs(): '${typeOf(x).__name__}'`);
  return call(f, x);
}

/** `round(x[, ndigits])`. */
export function round(x, ndigits) {
  // ndigits is an index (`__index__`), as CPython's int.__round__ and float.__round__ take it.
  if (isNumber(x)) return ints.round(x, ndigits === undefined ? undefined : index(ndigits));
  const f = lookup(typeOf(x), '__round__');
  if (f === undefined) throw pyError('TypeError', `type ${typeOf(x).__name__} doesn't define __round__ method`);
  return ndigits === undefined ? call(f, x) : call(f, x, ndigits);
}
// Unknown keywords and too many arguments were refused by the call (internals/builtin-arity.js).
round.$kw = (args, kw) => {
  if (args.length > 0 && 'number' in kw) throw pyError('TypeError', "argument for round() given by name ('number') and position (1)");
  if (args.length === 0 && !('number' in kw)) throw pyError('TypeError', "round() missing required argument 'number' (pos 1)");
  return round(args.length > 0 ? args[0] : kw.number, args.length > 1 ? args[1] : kw.ndigits);
};

/** `divmod(a, b)`. */
export function divmod(a, b) {
  if (isNumber(a) && isNumber(b)) return arith.divmod(a, b);
  return binaryOp('divmod', a, b);
}

/** `pow(base, exp[, mod])`. */
export function pow(base, exp, mod) {
  if (mod === undefined) return arith.pow(base, exp);
  if (ints.isInt(base) && ints.isInt(exp) && ints.isInt(mod)) return ints.powMod(base, exp, mod);
  // CPython's ternary_op: the nb_power slot of each operand's type in turn, each slot once
  // (all classes written in Python share one), until one does not return NotImplemented.
  const tried = [];
  for (const x of [base, exp, mod]) {
    const slot = ternaryPowSlot(x);
    if (tried.includes(slot)) continue;
    tried.push(slot);
    const r = slot(base, exp, mod);
    if (r !== NotImplemented) return r;
  }
  const names = [base, exp, mod].map((x) => `'${typeOf(x).__name__}'`).join(', ');
  throw pyError('TypeError', `unsupported operand type(s) for ** or pow(): ${names}`);
}

// Unknown keywords, missing and too many arguments were refused by the call (internals/builtin-arity.js).
pow.$kw = (args, kw) => {
  const names = ['base', 'exp', 'mod'];
  // In the order of CPython's argument parser: the count, the required ones, then duplicates.
  const total = args.length + Object.keys(kw).length;
  if (total > 3) throw pyError('TypeError', `pow() takes at most 3 arguments (${total} given)`);
  for (let i = args.length; i < 2; i++) {
    if (!(names[i] in kw)) throw pyError('TypeError', `pow() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  for (let i = 0; i < args.length; i++) {
    if (names[i] in kw) throw pyError('TypeError', `argument for pow() given by name ('${names[i]}') and position (${i + 1})`);
  }
  const [base, exp, mod] = names.map((k, i) => (i < args.length ? args[i] : kw[k]));
  return pow(base, exp, mod);
};

/** int's slot: ints only (the all-int case is done before the slots are tried). */
const intPowSlot = () => NotImplemented;

/** float's slot refuses a modulus before it looks at the operands. */
const floatPowSlot = () => {
  throw pyError('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
};

/** A class written in Python: its __pow__ runs only when the first operand is an instance. */
const pythonPowSlot = (v, w, z) => {
  if (isNumber(v) || typeOf(v).$ternaryPow !== undefined) return NotImplemented;
  const f = lookup(typeOf(v), '__pow__');
  return f === undefined ? NotImplemented : call(f, v, w, z);
};

function ternaryPowSlot(x) {
  if (typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'number' && Number.isInteger(x))) return intPowSlot;
  if (isNumber(x)) return floatPowSlot;
  // A type CPython implements in C whose slot takes all three operands (decimal.Decimal).
  const native = typeOf(x).$ternaryPow;
  return native !== undefined ? native : pythonPowSlot;
}

/** `hex(x)`. */
export function hex(x) {
  return ints.hex(index(x));
}
/** `oct(x)`. */
export function oct(x) {
  return ints.oct(index(x));
}
/** `bin(x)`. */
export function bin(x) {
  return ints.bin(index(x));
}

/** `chr(i)`. */
export function chr(i) {
  const n = index(i);
  if (typeof n === 'bigint' || n < 0 || n > 0x10ffff) throw pyError('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

/** `ord(c)`. */
export function ord(c) {
  if (c instanceof PyBytes) {
    if (c.data.length !== 1) throw pyError('TypeError', `ord() expected a character, but string of length ${c.data.length} found`);
    return c.data[0];
  }
  if (typeof c !== 'string') {
    const v = strValueOf(c);
    if (v === undefined) throw pyError('TypeError', `ord() expected string of length 1, but ${typeOf(c).__name__} found`);
    c = v;
  }
  const n = strLen(c);
  if (n !== 1) throw pyError('TypeError', `ord() expected a character, but string of length ${n} found`);
  return c.codePointAt(0);
}

// Called through a value, these check their arguments as CPython does (internals/call.js).
hasArity(abs, arity.$abs);
hasArity(round, arity.$round);
hasArity(divmod, arity.$divmod);
hasArity(pow, arity.$pow);
hasArity(hex, arity.$hex);
hasArity(oct, arity.$oct);
hasArity(bin, arity.$bin);
hasArity(chr, arity.$chr);
hasArity(ord, arity.$ord);
